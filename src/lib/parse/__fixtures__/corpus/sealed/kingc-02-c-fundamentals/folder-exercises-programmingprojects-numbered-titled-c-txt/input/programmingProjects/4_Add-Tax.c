// Ask the user for a dollars-and-cents amount, then show it 
// with 5% tax added:
// Enter an amount: 100.00
// With tax added: $105.00
#include<stdio.h>

int main(void)
{
	float cash;
	float withTax = 1.05f;

	printf("Enter an amount: ");
	scanf("%f", &cash);
	printf("With tax added: $%.2f\n", cash * withTax);

	return 0;
}
