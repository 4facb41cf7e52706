// Dificulty: ***
// Estimate 2 hours

// Implement this function:
//	//
	// Mask that marks the leftmost 1 of x. Take w=32
	// e.g. 0xFF00 -> 0x8000, and 0x6600 --> 0x4000.
	// x = 0 gives 0.
//	//

// int leftmost_one(unsigned x);

// Stick to the bit-level integer coding rules (page 120), except that int may be
// taken to have w = 32 bits.
//	No more than 15 arithmetic, bit-wise, and logical operations in all.

// Hint: begin by turning x into a bit vector shaped [0...011...1].

// 0xFF00 = 1111 1111 0000 0000 = 65280
// 0x8000 = 1000 0000 0000 0000 = 32768

// 0x6600 = 0110 0110 0000 0000 = 26112
// 0x4000 = 0100 0000 0000 0000 = 16384

// Built from the solution at:
// https://hackmd.io/@B3ogAUE5RP6LiBszkSf0Fg/B1RnrasJz?type=view

#include "stdio.h"

int leftmost_one(unsigned x)
{
	// Smear the bits rightwards so everything below the top one is set
	x |= x >> 1;
	x |= x >> 2;
	x |= x >> 4;
	x |= x >> 16;

	// Clear every bit but the highest one
	return x & ~(x >> 1);
}

int main()
{
	int result = leftmost_one(0x6600);

	printf("%d", result);
}