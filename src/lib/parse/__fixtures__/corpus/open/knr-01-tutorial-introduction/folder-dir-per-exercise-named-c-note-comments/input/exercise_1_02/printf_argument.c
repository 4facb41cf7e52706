#include <stdio.h>

int main(void) {
    printf("hello, world\\c");
    return 0;
}
