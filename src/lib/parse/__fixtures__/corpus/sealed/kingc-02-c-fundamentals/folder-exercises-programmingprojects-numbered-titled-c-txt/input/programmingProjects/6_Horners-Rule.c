// Chnage the Programming Project 5 program so the polynomial is computed 
// with the formula below:
// ((((3x + 2)x - 5)x - 1)x + 7)x - 6
// This version needs fewer multiplications. The method for 
// evaluating polynoials this way is known as Homer's Rule.
#include<stdio.h>

int main(void)
{
	int x;
	printf("Type a value for x: ");
	scanf("%d", &x);

	int result = ((((3 * x + 2) * x - 5) * x - 1) * x + 7) * x - 6;

	printf("Horner form value for x = %d is %d\n", x, result);

	return 0;
}
