// Compute the volume of a sphere of radius 10 meters with the
// formula v = 4/3πr³. Write 4/3 as 4.0f/3.0f. (See what happens 
// with plain 4/3.) Hint: C has no power operator, so multiply r
// by itself twice to get r³.

#include<stdio.h>
#define PI (355.0f/113.0f)

int main(void)
{
	float r = 10.0f;
	float v = (4.0f/3.0f) * PI * r * r * r;

	printf("Radius %.2f gives a sphere volume of %.2f cubic meters.\n", r, v);

	return 0;
}
