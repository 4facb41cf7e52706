/**
 * @brief   CS 2.62
 *  what makes it work is shifting a value whose bits are all ones.
 *
 * @return
 *  1: this machine shifts int arithmetically
 *  0: this machine shifts int logically
 *
 * @note
 *  shifting 0 would tell us nothing, both kinds of shift leave it 0.
 */
#include <stdio.h>

int int_shifts_are_arithmetic(void)
{
    int num = -1;
    return !(num ^ (num >> 1));  // arithmetic shift keeps all ones, so the xor is 0
}

int main(int argc, char **argv)
{
    if(int_shifts_are_arithmetic()) {
        printf("Shifts are arithmetic!\n");
    } else {
        printf("Shifts are logical!\n");
    }

    return 0;
}
