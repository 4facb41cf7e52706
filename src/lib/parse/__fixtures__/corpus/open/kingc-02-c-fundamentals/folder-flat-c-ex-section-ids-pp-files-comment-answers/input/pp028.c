// Work out what is left on a loan after the first, second and
// third monthly payments:
// Enter amount of loan: 20000.00
// Enter interest rate: 6.0
// Enter monthly payment: 386.66
// Balance remaining after first payment: $19713.34
// Balance remaining after second payment: $19425.25
// Balance remaining after third payment: $19135.71

// Answer:
#include <stdio.h>

int main(void)
{
    float principal, yearly_rate, monthly_payment, left;

    printf("Enter amount of loan: ");
    scanf("%f", &principal);
    left = principal;

    printf("Enter interest rate: ");
    scanf("%f", &yearly_rate);

    printf("Enter monthly payment: ");
    scanf("%f", &monthly_payment);

    for (int n = 0; n < 3; n++)
    {
        left = left - monthly_payment + left * yearly_rate / 1200.0f;
        printf("Balance remaining after payment %d: $%.2f\n", n + 1, left);
    }

    return 0;
}
