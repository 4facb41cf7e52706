// Ask for a whole US dollar amount and show how to pay it with as few
// $20, $10, $5 and $1 bills as possible
// Enter a dollar amount: 93
// $20 bills: 4
// $10 bills: 1
//  $5 bills: 0
//  $1 bills: 3

// Answer:
#include <stdio.h>

int main(void)
{
    int total, twenties, tens, fives, ones;

    printf("Enter a dollar amount: ");
    scanf("%d", &total);

    twenties = total / 20;
    total -= twenties * 20;

    tens = total / 10;
    total -= tens * 10;

    fives = total / 5;
    ones = total - fives * 5;

    printf("$20 bills: %d\n", twenties);
    printf("$10 bills: %d\n", tens);
    printf(" $5 bills: %d\n", fives);
    printf(" $1 bills: %d\n", ones);

    return 0;
}
