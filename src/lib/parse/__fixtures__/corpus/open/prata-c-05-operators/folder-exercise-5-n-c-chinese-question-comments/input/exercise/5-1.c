// 写程序：输入一个以分钟计的时长，换算成几小时几分钟输出。
// 数值60要做成符号常量，用#define或const都行。
// 用while循环反复读入，读到0或负数就结束。
#include <stdio.h>
#define MIN_PER_HOUR 60

int main(void)
{
  int inputMin, hour, min;
  printf("Please input the number of minutes:\n");
  scanf("%d", &inputMin);
  while (inputMin > 0)
  {
    hour = inputMin / MIN_PER_HOUR;
    min = inputMin % MIN_PER_HOUR;
    printf("%d minutes is %d hours and %d minutes.\n",
    inputMin, hour, min);
    printf("Please input the number of minutes:\n");
    scanf("%d", &inputMin);
  }
  printf("Done!\n");
  return 0;
}