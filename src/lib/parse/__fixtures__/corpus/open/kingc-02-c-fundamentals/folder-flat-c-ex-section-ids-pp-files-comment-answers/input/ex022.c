// Look at the program below:
// (a) Which lines are directives and which are statements?
// (b) What does the program print?
#include <stdio.h> // directive

int main(void)
{
    printf("Parkinson's Law:\nWork expands so as to "); // statement
    printf("fill the time\n");                          // statement
    printf("available for its completion.\n");          // statement
    return 0;                                           // statement
}

// Answer: running it shows these three lines:
// Parkinson's Law:
// Work expands so as to fill the time
// available for its completion.
