#include <stdio.h>


// 2.1 Writing a simple program

int main(void) {
    printf("To C, or not to C: That is the question.\n");
    return 0;
}
