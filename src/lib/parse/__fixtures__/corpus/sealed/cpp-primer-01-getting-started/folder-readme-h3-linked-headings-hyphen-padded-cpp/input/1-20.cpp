#include "Sales_item.h"
#include <iostream>

int main ()
{
  
  for (Sales_item item; std::cin >> item; std::cout <<item<<std::endl);

  return 0;
}