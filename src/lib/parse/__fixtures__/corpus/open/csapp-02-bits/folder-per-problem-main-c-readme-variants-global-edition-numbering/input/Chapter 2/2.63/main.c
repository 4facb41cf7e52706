/*
	Complete the C functions below. srl must do a logical right shift starting from
	an arithmetic one (the value xsra) plus other operations, but no further
	right shifts and no division. sra must do an arithmetic right shift starting from a logical
	one (the value xsrl) plus other operations, again without right shifts
	or division. 8*sizeof(int) gives w, the bit width of
	type int. The shift amount k lies between 0 and w - 1.
*/

// Built from the resolution found in this repo https://github.com/Tomilla/CS-APP2e/blob/master/Solution/Chapter%202/S2HP_2.63.c

#include <stdio.h>

#define W sizeof(int) << 3

unsigned srl(unsigned x, int k)
{
	/* Perform shift arithmetically */
	unsigned xsra = (int)x >> k;

	unsigned mask = (unsigned)~0 >> k;

	return xsra & mask;
}

int sra(int x, int k)
{
	/* Perform shift logically */
	int xsrl = (unsigned)x >> k;
	int sign = x & 1 << (W - 1);
	int mask = ((1 << k) - 1 << (W - k));
	(sign) && (xsrl |= mask);
}

int main()
{
	srl(0xFFFFFFFF, 0xFFFFFF);
	sra(0xFFFFFFFF, 0xFFFFFF);
	return 0;
}