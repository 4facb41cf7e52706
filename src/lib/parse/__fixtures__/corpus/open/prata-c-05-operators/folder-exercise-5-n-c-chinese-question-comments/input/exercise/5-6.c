// 在编程练习5的基础上改成求平方和（相当于第1天挣 $1，第2天挣$4，第3天挣$9，依此类推，收入涨得更快了）。
// C里没有求平方的函数，直接写n * n就是n的平方。
#include <stdio.h>

int main(void) // 求前若干个整数之和
{
  int i = 0, sum = 0, days;
  printf("Please enter the number of days:\n");
  scanf("%d", &days);
  while (i++ < days)
  {
    sum = sum + i * i;
  }
  printf("sum = %d\n", sum);
  return 0;
}