/**
 * @file    rotate.-left.c
 *
 * @brief   2.69
 *  Rotate x to the left by n places.
 *  n lies in 0 <= n < w
 *  With x = 0x12345678 and w = 32:
 *      n=4 -> 0x23456781, n=20 -> 0x67812345
 *
 */
#include <stdio.h>

unsigned rotate_left(unsigned x, int n)
{
    int w = sizeof(int) << 3;
    // for n == 0 the count w-n would equal the width of the left oprand: undefined.
    // splitting the right shift into two steps avoids that
    return (x << n) | ((x >> (w - n - 1)) >> 1);
}

int main(int argc, char** argv)
{
    unsigned long w = sizeof(int) << 3;
    unsigned x = 0x12345678;
    printf("x = %x\n", x);

    for(int i = 0; i < w; ++i) {
        printf("by %d places: 0x%x\n", i, rotate_left(x, i));
    }

    return 0;
}

