// Write a program that draws the picture below with printf
// calls.
//       *
//      *
//     *
//*   *
// * *
//  *

#include<stdio.h>

int main(void)
{
	printf("       *\n");
	printf("      * \n");
	printf("     *  \n");
	printf("*   *   \n");
	printf(" * *    \n");
	printf("  *     \n");

	return 0;
}
