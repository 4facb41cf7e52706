// Change Programming Project 2 so that the user types in the 
// radius of the sphere.
//
// ORIGINAL: Compute the volume of a sphere of radius 10 meters with the
// formula v = 4/3πr³. Write 4/3 as 4.0f/3.0f. (See what happens 
// with plain 4/3.) Hint: C has no power operator, so multiply r
// by itself twice to get r³.

#include<stdio.h>
#define PI (355.0f/113.0f)

int main(void)
{
	float r;
	printf("Type the sphere's radius in meters: ");
	scanf("%f", &r);

	float v = (4.0f/3.0f) * PI * r * r * r;

	printf("Radius %.2f gives a sphere volume of %.2f cubic meters (user input).\n", r, v);

	return 0;
}
