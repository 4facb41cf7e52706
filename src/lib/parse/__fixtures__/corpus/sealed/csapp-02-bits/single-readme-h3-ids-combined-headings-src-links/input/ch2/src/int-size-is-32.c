/**
 * @file    int-size-is-32.c
 *
 * @brief   2.67
 *  Shifting left by a count no smaller than the width of the
 *  promoted left operand is undefined behavior.
 *
 * @return
 *  1: the machine has a 32-bit int
 *  0: any other width
 *
 */
#include <stdio.h>

#if 0
/* this version misbehaves on some machine */
int bad_int_size_is_32()
{
    /* turn on the msb of a 32-bit word */
    int set_msb = 1 << 31;

    /* go one past the msb of a 32-bit word */
    int beyond_msb = 1 << 32;

    /*
     * set_msb stays nonzero whrn words have >= 32 bits
     * beyond_msb is meant to be zero for words of >= 32 bits
     */
    return set_msb && !beyond_msb;
}
#endif

/* works wherever int has 32 bits or more */
int correct_int_size_is_32()
{
    int set_msb    = 1 << 31;
    int beyond_msb = set_msb << 1;

    return set_msb && !beyond_msb;
}

/* works wherever int has 16 bits or more */
int int_size_is_16()
{
    int set_msb    = 1 << 15;
    int beyond_msb = set_msb << 1;

    return set_msb && !beyond_msb;
}

int main(int argc, char **argv)
{
    printf("this int has %lu bits.\n", sizeof(int) << 3);

    if(correct_int_size_is_32()) {
        printf("int is 32 bits wide.\n");
    } else {
        printf("int is not 32 bits wide.\n");
    }

    return 0;
}
