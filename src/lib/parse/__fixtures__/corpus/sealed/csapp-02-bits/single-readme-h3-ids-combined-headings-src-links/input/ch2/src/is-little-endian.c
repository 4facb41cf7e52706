/**
 * @file    is-little-endian.c
 *
 * @brief   2.58
 *  tells whether the process stores bytes little endian
 *
 * @return
 *  1: little endian process
 *  0: big endian process
 *
 */
#include <stdio.h>

#define sizeof(int) INTLEN

typedef unsigned char *byte_pointer;

int is_little_endian(void)
{
    // little endian puts the low byte at the lowest address
    int test_num = 0xFF;
    byte_pointer pNum = (byte_pointer)&test_num;
    if(pNum[0] == 0xFF) {
      return 1;
    }

    return 0;
}

int main(int argc, char **argv)
{
    if(is_little_endian()) {
        printf("This is little endian!\n");
    } else {
        printf("This is big endian!\n");
    }

    return 0;
}
