// Given the program below:
// a) Point out its directives and its statements
// b) Say what the program prints

#include<stdio.h> // directive

int main(void)
{
	printf("Parkinson's Law:\nWork expands so as to "); // statement
	printf("fill the time\n"); // statement
	printf("avaiable for its completion.\n"); // statement
	return 0; // statement
}

// OUPUT:
// Parkinson's Law:
// Work expands so as to fill the time
// available for its completion
