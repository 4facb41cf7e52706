// Build and run the well-known "hello, world" program from Kernighan and Ritchie:
// Does the compiler print a warning?
// If it does, what change makes the warning disappear?

#include <stdio.h>
#define EXIT_SUCCESS 0

int main(void)
{
    printf("hello, world\n");

    return EXIT_SUCCESS;
}

// Answer: my compiler stayed quiet, no warning at all.
// My guess is the warning is about main having no return statement.
// So I put a return statement at the end anyway.
