// 写程序：读入一个double类型的数，输出它的三次方。
// 立方的计算和打印放在自己写的函数里，由main()把读到的数传进去。
#include <stdio.h>

double cube(double num);

int main(void)
{
  double num;
  printf("Please enter a number:\n");
  scanf("%lf", &num);
  printf("The cube of %f is %f.\n", num, cube(num));
}

double cube(double num)
{
  return num * num * num;
}