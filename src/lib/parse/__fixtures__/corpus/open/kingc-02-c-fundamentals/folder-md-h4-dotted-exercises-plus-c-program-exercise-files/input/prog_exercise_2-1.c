// tjadanel - C Programming 2nd Ed.
// Chapter 2 - Program Exercise 2.1
// This program will print a check using * in console output
#include <stdio.h>

int main(void)
{
    printf("         *\n        *\n       *\n*     *\n *   *\n   *\n");

    return 0;
}