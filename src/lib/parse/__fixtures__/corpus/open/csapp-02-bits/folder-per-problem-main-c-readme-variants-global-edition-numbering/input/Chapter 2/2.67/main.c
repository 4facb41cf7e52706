// Dificulty: **
// Estimate 20 min

// Task: writting a procedure int_size_is_32() that gives 1 on a
// machine whose int has 32 bits and 0 elsewhere, without using the
// sizeof operator. A first try:

//
// /* The following code does not run properly on some machines */
// int bad_int_size_is_32() {
//	/* Set most significant bit (msb) of 32-bit machine */
//	int set_msb = 1 << 31;
//	/* Shift past msb of 32-bit word */
//	int beyond_msb = 1 << 32;
// 
//	/* set_msb is nonzero when word size >= 32 beyond_msb is zero when word size <= 32 */
//	return set_msb && !beyond_msb;
// }
//

// On a 32-bit SUN SPARC, though, the procedure returns 0. This
// compiler message hints at what is wrong:

//	//	Warning: left shift count >= width of type

// A. Which rule of the C standard does the code break?

// B. Fix it for every machine whose int has at least 32 bits.

// C. Fix it for every machine whose int has at least 16 bits.

// Answers built from:
// https://valineliu.gitbook.io/deuterium-wiki/reading/cs-jing-dian-shu-ji/csapp-3e-homework-solution/2.-representing-and-manipulating-information/2.67-int-size-is-32

// A - answear.
// A negative shift count, or one that is not smaller than the width of the
// promoted left operand, makes the behavior undefined

#include <stdio.h>

int int_size_is_32()
{
	int set_msb = 1 << 31;
	int beyond_msb = set_msb << 1;
	return set_msb && !beyond_msb;
}

int int_size_is_32_16bits()
{
	int set_msb = 1 << 15 << 15 << 1;
	int beyond_msb = set_msb << 1;
	return set_msb && !beyond_msb;
}

int main()
{
	int Result = int_size_is_32();
	printf("%d", Result);
}
