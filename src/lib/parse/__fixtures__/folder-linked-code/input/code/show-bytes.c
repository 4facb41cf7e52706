#include <stdio.h>
/* prints each byte */
int main(void) { return 0; }
