// 写程序：演示取模运算的结果。
// 用户先输入的整数固定作为%右边的运算对象，之后一直不变。
// 之后输入的每个数作为%左边的运算对象，输入非正数时程序退出。
// 运行效果如下：
// This　program　computes　moduli.
// Enter　an　integer　to　serve　as　the　second　operand:　256
// Now　enter　the　first　operand:　438
// 438　%　256　is　182
// Enter　next　number　for　first　operand　(<=　0　to　quit):　1234567
// 1234567　%　256　is　135
// Enter　next　number　for　first　operand　(<=　0　to　quit):　0
// Done
#include <stdio.h>

int main(void)
{
  int base, num;
  printf("This program computes moduli.\n");
  printf("Enter an integer to serve as the second operand: ");
  scanf("%d", &base);
  printf("Now enter the first operand: ");
  scanf("%d", &num);
  while (num > 0)
  {
    printf("%d %% %d is %d\n", num, base, num % base);
    printf("Enter next number for first operand(<= 0 to quit): ");
    scanf("%d", &num);
  }
  printf("Done\n");
  return 0;
}