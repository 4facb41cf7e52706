// 写程序：读入一个整数n，依次输出从n开始直到n+10为止的全部整数
// （比如读到5，就输出5到15，两头都要算上）。
// 输出的数之间用空格、制表符或换行隔开即可。
#include <stdio.h>
#define COUNT 10
int main(void)
{
  int i = 0;
  int num;
  printf("Please enter a number:\n");
  scanf("%d", &num);
  while (i++ < 10)
  printf("%5d", num++);
  printf("%5d\n", num);
  return 0;
}