/**
 * @file    odd-ones.c
 *
 * @brief   2.65
 *  32-bit int
 *  no more than 12 arithmetic, bitwise, and logical operations
 *
 * @return
 *  1: x holds an odd count of 1 bits
 *  0: the count is even
 */
#include <stdio.h>

int odd_ones(unsigned x)
{
    // fold the halves together
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    x &= 0x0f;   // 4 bits left to look up
    return (0x6996 >> x) & 1;

}

int main(int argc, char **argv)
{
    // unsigned x = 0x12345678;
    unsigned x = 0xAA;
    if(odd_ones(x)) {
        printf("0x%x has an odd count of 1s!\n", x);
    } else {
        printf("0x%x has an even count of 1s!\n", x);
    }

    return 0;
}
