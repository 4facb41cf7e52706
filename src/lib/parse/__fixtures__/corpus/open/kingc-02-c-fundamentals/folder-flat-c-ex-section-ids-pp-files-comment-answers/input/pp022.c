// Compute the volume of a sphere whose radius is 10 meters with
// V = 4/3 * pi * r^3, writing 4/3 as 4.0f/3.0f.
// (What goes wrong with plain 4/3?) Hint: there is no power operator
// in C, so r^3 has to be r times r times r.

// Answer:
#include <stdio.h>
#define PI 3.1415926f

int main(void)
{
    float vol, r = 10.0f;
    vol = (4.0f * PI * r * r * r) / (3.0f);
    printf("%f\n", vol);
    return 0;
}
