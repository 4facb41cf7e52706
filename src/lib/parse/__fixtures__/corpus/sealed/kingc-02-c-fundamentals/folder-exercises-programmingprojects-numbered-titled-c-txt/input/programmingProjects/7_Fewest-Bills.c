// Ask the user for a U.S. dollar amount and show how to pay it 
// with the fewest $20, $10, $5, and $1 bills:
//
// Enter a dollar amount: 93
//
// $20 bills: 4
// $10 bills: 1
//  $5 bills: 0
//  $1 bills: 3
// 
// Hint: Divide by 20 to get the number of $20 bills, then take 
// the toal value of those bills off the amount. Do the same for the 
// other bills. Keep everything in integers, never floating point.
#include<stdio.h>

int main(void)
{
	int amount;
	printf("Enter a dollar amount: ");
	scanf("%d", &amount);

	printf("\n$20 bills: %d\n", amount/20);
	amount = amount % 20;
	printf("$10 bills: %d\n", amount/10);
	amount = amount % 10;
	printf(" $5 bills: %d\n", amount/5);
	amount = amount % 5;
	printf(" $1 bills: %d\n", amount);

	return 0;
}
