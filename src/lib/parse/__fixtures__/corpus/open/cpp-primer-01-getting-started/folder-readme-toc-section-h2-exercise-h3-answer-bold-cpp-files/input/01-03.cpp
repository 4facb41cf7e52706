// 21/12/18 = Sat
// 18/01/29 = Mon

// Exercise 1.3: Write a program to print Hello, World on the standard output.

#include <iostream>

int main() {
  std::cout << "Hello, World" << std::endl;
  return 0;
}
