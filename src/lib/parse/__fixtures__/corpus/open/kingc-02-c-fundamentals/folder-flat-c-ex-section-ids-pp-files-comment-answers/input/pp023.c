// Change the Programming Project 2 program so that it asks the user
// for the sphere's radius.

// Answer:
#include <stdio.h>
#define PI 3.1415926f

int main(void)
{
    float vol, r;
    printf("Radius of the sphere: ");
    scanf("%f", &r);
    vol = (4.0f * PI * r * r * r) / (3.0f);
    printf("Sphere volume is %f\n", vol);
    return 0;
}
