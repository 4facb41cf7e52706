/**
 * @file    any-odd-one.c
 *
 * @brief   2.64
 *  w is taken to be 32
 *
 * @return
 *  1: some odd-numbered bit of x is set
 *  0: no such bit
 */
#include <stdio.h>

int any_odd_one(unsigned x)
{
    unsigned mask = 0xAAAAAAAA;
    return (x & mask) == mask;
}

int main(int argc, char **argv)
{
    // unsigned x = 0x12345678;
    unsigned x = 0xABABABAB;
    if(any_odd_one(x)) {
        printf("0x%x has an odd bit set!\n", x);
    } else {
        printf("Not every odd bit of 0x%x is set.\n", x);
    }

    return 0;
}
