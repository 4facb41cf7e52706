// Which spaces in the dweight.c program cannot be removed?

// ORIGINAL: Works out the dimensional weight of a 12" x 10" x 8" box

#include<stdio.h>

int main(void) // int and main must stay apart, so this space has to stay
{
	int height, length, width, volume, weight; // without the space int and height would merge into one name

	height = 8;
	length = 12;
	width = 10;
	volume = height * length * width;
	weight = (volume + 165) / 166;

	printf("Dimensions: %dx%dx%d\n", length, width, height);
	printf("Volume (cubic inches): %d\n", volume);
	printf("Dimensional weight (pounds): %d\n", weight);

	return 0; // return0 would be a single identifier, so keep this space
}
