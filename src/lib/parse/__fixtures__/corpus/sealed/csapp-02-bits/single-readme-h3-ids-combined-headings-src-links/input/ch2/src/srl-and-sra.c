/**
 * @file    srl-and-sra.c
 *
 * @brief   2.63
 *  logical right shift built from an arithmetic one
 *  and the other way round
 *
 */
#include <stdio.h>

#define INTBITS (sizeof(int) << 3)

unsigned srl(unsigned x, int k)
{
    // Perform shift arithmetically
    unsigned xsra = (int) x >> k;
    unsigned mask = (unsigned)(-1) << (INTBITS - k);

    return (xsra & (~mask));
}

int sra(int x, int k)
{
    // Perform shift logically
    int xsrl = (unsigned) x >> k;

    int mask = (int)(-1) << (INTBITS - k);
    int m = 1 << (INTBITS - 1);
    mask &= !(x & m) - 1;  // keep the mask if x is negative, clear it if not

    return (xsrl | mask);
}

int main(int argc, char** argv)
{
    unsigned unsigned_num = 0x12345678;
    int signed_num = 0x12345678;

    if(srl(unsigned_num, 4) == unsigned_num >> 4) {
        printf("srl built from an arithmetic shift works!\n");
    }

    if(sra(signed_num, 4) == signed_num >> 4) {
        printf("sra built from a logical shift works!\n");
    }

    return 0;
}
