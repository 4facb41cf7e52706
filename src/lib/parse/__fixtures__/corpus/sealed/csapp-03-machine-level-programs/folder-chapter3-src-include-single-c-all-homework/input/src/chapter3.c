#include "chapter3.h"

/**
 * 3.58
 * Written to match the assembly listing:
 *
 *	decode2:
 *		subq	%rdx, %rsi
 *		imulq	%rsi, %rdi
 *		movq	%rsi, %rax
 *		salq	$63, %rax
 *		sarq	$63, %rax
 *		xorq	%rdi, %rax
 *		ret
 *
 * x in %rdi, y in %rsi, z in %rdx
 */
long decode2(long x, long y, long z) {
	long temp;

	y = y - z;
	x = x * y;
	temp = y;
	temp = temp << 63;
	temp = temp >> 63;
	temp = temp ^ x;

	return temp;
}

/**
 * 3.60
 * Worked back out of the assembly.
 */
long loop(long x, int n) {
	long result = 0;
	long mask;
	for (mask = 1; mask != 0; mask <<= n) {
		result |= (x & mask);
	}
	return result;
}

/** 
 * 3.61
 * Read the value stored at the pointer and hand it back.
 * A null pointer yields zero instead.
 *
 * Compiled, this version ought to come out as a cmove.
 *
 */
long cread_alt(long *xp) {
	long zero = 0;
	
	if (!xp) {
		xp = &zero;
	}

	return *xp;
}

/* 3.63 */
long switch_prob(long x, long n) {
	long result = x;

	switch(n) {
		case 60:

		case 62:
			result = x * 8;
			break;

		case 63:
			result = x >> 3; 
			break;
			
		case 64:
			x = (result = x << 4) - x;

		case 65:
			x = x * x;

		default:
			result = x + 75;
			break;
	}
	return result;
}
