/*Bytes of a w-bit word are numbered from 0 (least significant) up to w/8-1 
(most significant). Implement the C function below; it returns an unsigned equal to x except that its byte i is now byte b:

unsigned replace_byte (unsigned x, int i, unsigned char b);

Expected behaviour:

replace_byte(0x12345678, 2, 0xAB); --> 0x12AB5678
replace_byte(0x12345678, 0, 0xAB); --> 0x123456AB*/

#include <stdio.h>

unsigned replace_byte (unsigned x, int i, unsigned char b);

int main() {
    printf("%X\n", replace_byte(0x12345678, 2, 0xAB));
    printf("%X\n", replace_byte(0x12345678, 0, 0xAB));
    return 0;
}

unsigned replace_byte (unsigned x, int i, unsigned char b) {
    unsigned char *bytePointer = (unsigned char *) &x;

    bytePointer[i] = b;

    return x;
}