// Shrink dweight.c by (1) turning the assignments to height,
// length and width into initialisers and (2) dropping the
// weight variable, computing (volume + 165) / 166 directly 
// inside the final printf.
// ORIGINAL: Works out the dimensional weight of a 12" x 10" x 8" box

#include<stdio.h>

int main(void)
{
	int height = 8, length = 12, width = 10;
	int volume = length * width * height;

	printf("Dimensions: %dx%dx%d\n", length, width, height);
	printf("Volume (cubic inches): %d\n", volume);
	printf("Dimensional weight (pounds): %d\n", (volume + 165) / 166);

	return 0;
}
