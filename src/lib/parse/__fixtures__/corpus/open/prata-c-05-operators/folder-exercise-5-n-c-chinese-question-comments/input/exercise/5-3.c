// 写程序：读入天数，拆成几周加几天。
// 比如18天就是2周零4天。结果按这个样子输出：
// 18 days are 2 weeks, 4 days.
// 用while循环一直读天数，碰到不是正数的输入（例如0、-20）就退出循环。
#include <stdio.h>
#define DAY_PER_WEEK 7
int main(void)
{
  int inputDay, week, day;
  printf("Please input the number of days:\n");
  scanf("%d", &inputDay);
  while (inputDay > 0)
  {
    week = inputDay / DAY_PER_WEEK;
    day = inputDay % DAY_PER_WEEK;
    printf("%d days is %d weeks and %d days.\n",
    inputDay, week, day);
    printf("Please input the number of days:\n");
    scanf("%d", &inputDay);
  }
  printf("Done!\n");
  return 0;
}