/*
 * Write a program to print the value of EOF.
 */

#include <stdio.h>

main()
{
    printf("The value of EOF is %d\n", EOF);
}
