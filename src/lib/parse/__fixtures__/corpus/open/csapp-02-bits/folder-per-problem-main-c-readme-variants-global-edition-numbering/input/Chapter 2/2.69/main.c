// Dificulty: ***
// Estimate 2 hours

// Implement a function with this prototype:

/*
* Rotate left by n places. n lies in 0 <= n < w
* With x = 0x12345678 and w = 32:
*	n=4 -> 0x23456781, n=20 ->0x67812345
*/

// unsigned rotate_left(unsigned x, int n);

// Stick to the bit-level integer coding rules (page 120). Watch out for the
// case n = 0.

// x   = 0x12345678 =  305419896 =      0001 0010 0011 0100 0101 0110 0111 1000
// n=4 = 0x23456781 = 9468016785 = 0010 0011 0100 0101 0110 0111 1000 1001 0001

// Built from:
// https://www.geeksforgeeks.org/rotate-bits-of-an-integer/

#include "stdio.h"
#include "assert.h"

unsigned rotate_left(unsigned x, int n)
{
	return (x << n) | (x >> (32 - n));
}
													
int main()
{
	assert(rotate_left(0x12345678, 4) == 0x23456781);
	assert(rotate_left(0x12345678, 20) == 0x67812345);
}