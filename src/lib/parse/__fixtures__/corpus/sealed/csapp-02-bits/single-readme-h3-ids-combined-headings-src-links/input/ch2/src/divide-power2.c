/**
 * @file    divide-power2.c
 *
 * @brief   2.78
 *  Division by a power of 2
 *  k lies in 0 <= k < w-1
 *
 */
#include <stdio.h>
#include <limits.h>

/**
 * @brief   The quotient has to be rounded towards zero.
 */
int divide_power2(int x, int k)
{
    int is_neg = x & INT_MIN;
    (is_neg && (x = x + (1 << k) - 1));

    return x >> k;
}

int main(int argc, char** argv)
{
    int x, k;

    x = -7;
    k = 2;
    printf("x = %d, k = %d, quotient = %d\n", x, k, divide_power2(x, k));

    x = 7;
    k = 2;
    printf("x = %d, k = %d, quotient = %d\n", x, k, divide_power2(x, k));

    return 0;
}
