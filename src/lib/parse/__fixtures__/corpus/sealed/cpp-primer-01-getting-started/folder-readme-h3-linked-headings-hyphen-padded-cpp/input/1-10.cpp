#include <iostream>

int main()
{
  int x=10;
  
  while (x>=0) std::cout << x-- << " ";

  return 0;
}