// Read a dollars-and-cents amount from the user and print it
// again with a 5% tax on top:
// Enter an amount: 100.00
// With tax added: 105.00

// Answer:
#include <stdio.h>

int main(void)
{
    float before_tax;
    printf("Enter an amount: ");
    scanf("%f", &before_tax);
    printf("With tax added: $%.2f\n", before_tax * 1.05f);
    return 0;
}
