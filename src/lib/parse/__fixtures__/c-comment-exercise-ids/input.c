// Exercise 1-1: run the hello world program on your system.
#include <stdio.h>

int main(void) {
  printf("hello, world\n");
}

// Exercise 1-2: what happens with an unknown escape such as \c?
// The compiler warns and prints the c.
int other(void) { return 0; }
