//C function expression giving a word made
// of the least significant byte of x and the renaiming bytes of y.
// With x = 0x89ABCDEF and y = 0x76543210 the result is 0x765432EF.

#include <stdio.h>

int main() {
    int x = 0x89ABCDEF;
    int y = 0x76543210;

    int result = (x & 0xFF) | (y & ~0xFF);

    printf("%X", result);

    return 0;
}