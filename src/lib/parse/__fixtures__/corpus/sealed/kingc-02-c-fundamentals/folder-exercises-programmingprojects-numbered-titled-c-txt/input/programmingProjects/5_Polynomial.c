// Ask the user for a value of x, then print the value of this 
// polynomial:
// 3x^5 + 2x^4 - 5x^3 - x^2 + 7x - 6
// Hint: C has no exponent operator, so x has to be multiplied
// by itself again and again to build the powers. (For instance, 
// x * x * x is x cubed.)
#include<stdio.h>

int main(void)
{
	int x;
	printf("Type a value for x: ");
	scanf("%d", &x);

	int result = (3 * x * x * x * x * x) + (2 * x * x * x * x) -
		     (5 * x * x * x) - (x * x) + (7 * x) - 6;

	printf("Polynomial value for x = %d is %d\n", x, result);

	return 0;
}
