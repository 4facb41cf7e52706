// function int_shifts_are_arithmetic(): 1 on a machine whose right shifts of int's
// are arithmetic, 0 if not. It must work whatever the
// word size. Try it on several machines.

#include <stdio.h>

int int_shifts_are_arithmetic()
{
	int a = -1;
	a = a >> 1;

	return a == -1 ? 1 : 0;
}

int main()
{
	int result = int_shifts_are_arithmetic();

	printf("%d", result);

	return 0;
}