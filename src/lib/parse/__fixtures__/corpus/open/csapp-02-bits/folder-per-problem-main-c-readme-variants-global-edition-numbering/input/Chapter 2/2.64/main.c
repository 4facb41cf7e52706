/* Implement this function: */

/* Gives 1 if some odd bit of x is 1, else 0. Take w=32. */

#include <stdio.h>

int any_odd_one(unsigned x)
{
	for (int i = 0; i < 32; i++)
	{
		if ((x & (1 << i)) != 0 && i % 2 != 0)
		{
			return 1;
		}
	}

	return 0;
}

int main()
{
	printf("1 has no odd one: %d", any_odd_one(1));
	printf("10 has an odd one: %d", any_odd_one(10));
	return 0;
}