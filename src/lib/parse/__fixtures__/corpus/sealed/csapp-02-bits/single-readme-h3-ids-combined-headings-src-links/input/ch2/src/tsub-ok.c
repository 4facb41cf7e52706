/**
 * @file    tsub-ok.c
 *
 * @brief   2.74
 *  Checks if x-y can be computed without overflow.
 *
 * @return
 *  1: (x-y) is safe
 *  0: (x-y) overflows
 */
#include <stdio.h>
#include <limits.h>

int tsub_ok(int x, int y)
{
    int res = 1;
    // subtracting INT_MIN always overflows, whatever x is
    (y == INT_MIN) && (res = 0);

    int sub = x - y;

    /**
     * think of it as x plus z(-y)
     * x > 0 and z > 0 yet sub < 0: positive overflow
     * x < 0 and z < 0 yet sub >= 0: negative overflow
     */
    int pos_over = !(x & INT_MIN) &&  (y & INT_MIN) &&  (sub & INT_MIN);
    int neg_over =  (x & INT_MIN) && !(y & INT_MIN) && !(sub & INT_MIN);

    // printf("x - y gives %d.\n", sub);

    return res && !(pos_over || neg_over);
}

int main(int argc, char** argv)
{
    int x, y;

    x = 10; y = INT_MIN;
    if(tsub_ok(x, y)) {
        printf("%d minus %d is safe.\n", x, y);
    } else {
        printf("%d minus %d overflows.\n", x, y);
    }

    return 0;
}
