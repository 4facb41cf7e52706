/* C expressions worth 1 if the followwing conditions hold and 0 if
they do not, for x of type int.
    A. x has some bit equal to 1.
    B. x has some bit equal to 0.
    C. The least significant byte of x has some bit equal to 1.
    D. The most significant byte of x has some bit equal to 0.
    
Obey the bit-level integer coding rules (page 120); on top of that
no equality (==) or inequality (!=) tests are allowed. */

#include <stdio.h>

int AnyByteEqualsOne(unsigned x);
int AnyByteEqualsZero(unsigned x);
int LeastSignificantByteEqualsOne(unsigned x);
int MostSignificantByteEqualZero(unsigned x);

int main() {
    unsigned result = AnyByteEqualsOne(0x123456);
    unsigned result2 = AnyByteEqualsZero(0x123456);
    unsigned result3 = LeastSignificantByteEqualsOne(0x123456);
    unsigned result4 = MostSignificantByteEqualZero(0x123456);

    printf("%u", result);
    printf("%u", result2);
    printf("%u", result3);
    printf("%u", result4);
    return 0;
}

int AnyByteEqualsOne(unsigned x) {
    return !!x;
}

int AnyByteEqualsZero(unsigned x) {
    return !!(x ^ 0xff);
}

int LeastSignificantByteEqualsOne(unsigned x) {
    return !!(x & 0x0f);
}

int MostSignificantByteEqualZero(unsigned x) {
    return !!((x & 0xf0) ^ 0xf0);
}
