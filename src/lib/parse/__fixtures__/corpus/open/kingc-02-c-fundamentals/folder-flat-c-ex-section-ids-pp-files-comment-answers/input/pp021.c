// Use printf to draw this check mark on the screen:
//        *
//       *
//      *
// *   *
//  * *
//   *

// Answer:
#include <stdio.h>

int main(void)
{
    printf("       *\n");
    printf("      *\n");
    printf("     *\n");
    printf("*   *\n");
    printf(" * *\n");
    printf("  *\n");
    return 0;
}
