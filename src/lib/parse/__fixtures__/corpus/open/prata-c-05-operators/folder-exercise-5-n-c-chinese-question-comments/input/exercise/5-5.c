// 改写程序清单5.13的addemup.c。可以把它看作算20天一共挣多少钱
// （第1天挣$1，第2天挣$2，第3天挣$3，依此递增）。
// 现在要让程序在运行时问用户算到第几天
// （也就是说， 把固定的20换成一个读进来的变量）。
#include <stdio.h>

int main(void) // 求前若干个整数之和
{
  int i = 0, sum = 0, days;
  printf("Please enter the number of days:\n");
  scanf("%d", &days);
  while (i++ < days)
  {
    sum = sum + i;
  }
  printf("sum = %d\n", sum);
  return 0;
}