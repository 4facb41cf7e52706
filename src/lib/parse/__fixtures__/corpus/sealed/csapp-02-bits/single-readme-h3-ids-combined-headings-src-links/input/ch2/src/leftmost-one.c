/**
 * @file    leftmost-one.c
 *
 * @brief   Mask holding only the leftmost 1 of x.
 *  x = 0 gives 0.
 *  0xFF00 -> 0x8000
 *
 */
#include <stdio.h>

int leftmost_one(unsigned x)
{
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;

    /**
     * Step one: smear 1s from the leftmost position all the way down.
     * Step two: shift that right by one place and add 1.
     * e.g. for x = 0101 we get: 0111 -> 0011 -> 0100
     * !Note: the case x = 0 needs care
     * adding 1 to 0 would give the wrong mask.
     */
    return (x >> 1) + (x && 1);
}

int main(int argc, char **argv)
{
    unsigned test[5] = {0, 0xFF00, 0x123456, 0x0012, 0x30125034};

    for(int i = 0; i < 5; ++i) {
        printf("input: 0x%x, leftmost mask: 0x%x\n", test[i], leftmost_one(test[i]));
    }

    return 0;
}
