// Rework the Programming Project 5 program so the polynomial is
// computed with this nested form (Horner's Rule):
// ((((3x + 2)x - 5)x - 1)x + 7)x - 6
// It needs fewer multiplications.

// Answer:
#include <stdio.h>

int main(void)
{
    int x, value;

    printf("Value of x: ");
    scanf("%d", &x);

    value = ((((3 * x + 2) * x - 5) * x - 1) * x + 7) * x - 6;

    printf("Evaluated with Horner, 3x^5 + 2x^4 - 5x^3 - x^2 + 7x - 6 gives ");
    printf("%d\n", value);

    return 0;
}
