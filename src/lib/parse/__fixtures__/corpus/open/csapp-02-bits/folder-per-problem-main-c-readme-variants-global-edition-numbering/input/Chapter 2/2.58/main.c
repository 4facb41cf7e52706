//Procedure is_little_endian: gives 1 when built and
// run on a little endian machine, and 0 when built and
// run on a big endian one. It shoud work on any machine,
// whatever it's word size.

#include <stdio.h>

int is_little_endian() {
    int number = 1;
    char *ptr =(char*) &number;

    return ptr[0] == 1 ? 1 : 0;
}

int main() {
    printf("%d", is_little_endian());
    return 0;
}