/**
 * @file    saturating-add.c
 *
 * @brief   2.73
 *  Addition that does not wrap around like plain 2's complement addition: it sticks
 *  at TMax on positive overflow and at TMin on negative
 *  overflow. Signal-processing code uses this kind of arithmetic a lot
 *  (digital signal processing).
 *
 */
#include <stdio.h>
#include <limits.h>
#include <assert.h>

int saturating_add(int x, int y)
{
    int sum = x + y;
    /**
     * two positives giving sum < 0 means positive overflow,
     * two negatives giving sum >= 0 means negative overflow
     */
    int pos_over = !(x & INT_MIN) && !(y & INT_MIN) &&  (sum & INT_MIN);
    int neg_over =  (x & INT_MIN) &&  (y & INT_MIN) && !(sum & INT_MIN);

    (pos_over & (sum = INT_MAX) || (neg_over && (sum = INT_MIN)));

    return sum;
}

int main(int argc, char** argv)
{
    int sum;

    sum = saturating_add(INT_MIN, -10);
    assert(sum == INT_MIN);

    sum = saturating_add(INT_MAX, 10);
    assert(sum == INT_MAX);

    sum = saturating_add(INT_MIN, INT_MIN);
    assert(sum == INT_MIN);

    return 0;
}
