// Which spaces in the dweight.c program (Section 2.4) can not be removed?

// Note that my editor's C plugin puts the spaces back on its own
// whenever I delete them, so the spacing below stays as it was.
#include <stdio.h> // can go

int main(void) // need the space after int
{
    int height, length, width, volume, weight; // need the space after int

    height = 8;                       // can go
    length = 12;                      // can go
    width = 10;                       // can go
    volume = height * length * width; // can go
    weight = (volume + 165) / 166;    // can go

    // spaces inside the string literals only matter to the text being printed.
    printf("Dimensions: %dx%dx%d\n", length, width, height); // can go
    printf("Volume (cubic inches): %d\n", volume);           // can go
    printf("Dimensional weight (pounds): %d\n", weight);     // can go

    return 0; // need it
}