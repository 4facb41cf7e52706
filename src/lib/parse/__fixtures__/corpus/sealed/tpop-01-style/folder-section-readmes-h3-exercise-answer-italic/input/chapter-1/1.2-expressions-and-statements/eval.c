#include <stdio.h>

int main()
{
    int n = 1;
    printf("%d %d\n", n++, n++);

    return 0;
}