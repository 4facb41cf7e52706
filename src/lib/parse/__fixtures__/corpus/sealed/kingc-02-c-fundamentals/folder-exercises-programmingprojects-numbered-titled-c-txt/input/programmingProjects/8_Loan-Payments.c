// Compute how much of a loan is still owed after the first, 
// second. and third monthly payments:
//
// Enter amount of loan: 20000.00
// Enter interest rate: 6.0
// Enter monthly payment: 386.66
//
// Balance remaining after first payment: $19713.34
// Balance remaining after second payment: $19425.25
// Balance remaining after third payment: $19135.71
//
// Print every balance with two decimal places. Hint: each month 
// the balance drops by the payment and grows by the balance times 
// the monthly interest rate. The monthly rate is the user's rate 
// turned into a percentage and divided by 12.

#include<stdio.h>

int main(void)
{
	float owed, yearly_rate, payment, month_factor;
	printf("Enter amount of loan: ");
	scanf("%f", &owed);
	printf("Enter interest rate: ");
	scanf("%f", &yearly_rate);
	printf("Enter monthly payment: ");
	scanf("%f", &payment);
	printf("\n");

	month_factor = 1.0f + (yearly_rate / 12.0f / 100.0f);
	yearly_rate = 1.0f + (yearly_rate / 100.0f);

	owed = owed * month_factor - payment;
	printf("Balance reamining after first payment: $%.2f\n", owed);
	owed = owed * month_factor - payment;
	printf("Balance reamining after second payment: $%.2f\n", owed);
	owed = owed * month_factor - payment;
	printf("Balance reamining after third payment: $%.2f\n", owed);


	return 0;
}
