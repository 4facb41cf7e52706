/**
 * @file    fits-bits.c
 *
 * @brief   2.70
 *  n lies in 1 <= n <= w
 *
 * @return
 *  1: x fits into an n-bits, 2's-complement number
 *  0: it does not
 *
 */
#include <stdio.h>

int fits_bits(int x, int n)
{
    x = ((unsigned)x >> (n - 1)) >> 1;
    return !(x & 0xffffffff);
}

int main(int argc, char** argv)
{
    int x = 0x1234567;
    int w = sizeof(int) << 3;
    for(int i = 1; i <= w; ++i) {
        if(fits_bits(x, i)) {
            printf("0x%x fits into %d bits.\n", x, i);
        } else {
            printf("0x%x does NOT fit into %d bits.\n", x, i);
        }
    }

    return 0;
}
