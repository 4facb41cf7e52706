// 21/12/18 = Sat
// 18/01/29 = Mon

// Exercise 1.1: Review the documentation for your compiler and determine what
// file naming convention it uses. Compile and run the main program from page 2.

int main() { return 0; }
