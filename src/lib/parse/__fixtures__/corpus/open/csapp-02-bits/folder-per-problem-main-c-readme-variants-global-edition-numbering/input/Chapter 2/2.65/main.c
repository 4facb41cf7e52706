// **** estimate 10 hours
// still 8h to go
// Implement this function:
	/* Gives 1 if x constains an odd count of 1s, else 0. Take w=32 */
/* int odd_ones(unsigned x);
Stick to the bit-level integer coding rules (page 120), except that int may be
taken to have w = 32 bits.
Use no more than 12 arithmetic, bit-wise, and logical operations in all. */

int odd_ones(unsigned x)
{
	
}

int main()
{

}

