// Declare a few int and float variables, leave them uninitialized, and
// print what they hold. Do the printed values follow any pattern? (Most
// of the time they do not.)

// A program that does this:
#include <stdio.h>

int main(void)
{
    int a, b, c;
    float p, q, r;
    printf("Value of a: %d\n", a);
    printf("Value of b: %d\n", b);
    printf("Value of c: %d\n", c);
    printf("Value of p: %g\n", p);
    printf("Value of q: %g\n", q);
    printf("Value of r: %g\n", r);
    return 0;
}

// Built with GCC and run once,
// it printed this on my machine:
// Value of a: 32764
// Value of b: 0
// Value of c: 1481765933
// Value of p: 4.59163e-41
// Value of q: 0
// Value of r: 1.4013e-45
// What you see depends on the compiler, the flags and the stack contents,
// so another run somewhere else will almost surely show other numbers.