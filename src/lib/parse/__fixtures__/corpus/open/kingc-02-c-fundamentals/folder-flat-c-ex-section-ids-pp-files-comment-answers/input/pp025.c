// Ask for a value of x and print the value of this
// polynomial:
// 3x^5 + 2x^4 - 5x^3 - x^2 + 7x - 6
// Hint: C has no exponent operator.

// Answer:
#include <stdio.h>

int main(void)
{
    int x, value;

    printf("Value of x: ");
    scanf("%d", &x);

    value = 3 * x * x * x * x * x + 2 * x * x * x * x;
    value += - 5 * x * x * x - x * x + 7 * x - 6;

    printf("For that x the polynomial 3x^5 + 2x^4 - 5x^3 - x^2 + 7x - 6 equals ");
    printf("%d\n", value);

    return 0;
}
