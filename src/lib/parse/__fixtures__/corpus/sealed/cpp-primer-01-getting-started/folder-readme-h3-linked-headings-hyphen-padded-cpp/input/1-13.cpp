#include <iostream>

int main()
{
  //1.9
  int sum = 0;
  for (int i = 50; i <= 100; sum += i, i++);
    std::cout << sum << std::endl;

  //1.10
  for (int i = 0; i <= 10; std::cout << i++ << " ")
    ;

  //1.11 is written with a for loop already

  return 0;
}