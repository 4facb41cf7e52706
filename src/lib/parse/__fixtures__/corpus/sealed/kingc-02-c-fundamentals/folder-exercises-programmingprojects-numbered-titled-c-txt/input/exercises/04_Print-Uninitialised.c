// Declare some int and float variables - leaving them
// uninitialised - and print what they contain. Do the values follow
// a pattern? (Normally they don't.)
// ANSWER: Every float printed as 0.0000. int x kept showing a large
// positive number, int y stayed at 32766 each run, int z was a big
// negative number. Tested on macOS, compiled with gcc and with clang
#include<stdio.h>

int main(void)
{
	int x, y, z;
	float a, b, c;

	// Show the uninitialised ints
	printf("int x = %d\n", x);
	printf("int y = %d\n", y);
	printf("int z = %d\n", z);

	// Show the unitialised floats
	printf("float a = %f\n", a);
	printf("float b = %f\n", b);
	printf("float c = %f\n", c);

	return 0;
}
