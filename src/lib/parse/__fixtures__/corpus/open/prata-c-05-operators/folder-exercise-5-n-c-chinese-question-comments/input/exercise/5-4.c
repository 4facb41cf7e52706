// 写程序：读入一个以厘米为单位的身高，
// 再用厘米以及英尺加英寸两种方式输出，可以带小数。
// 允许用户一直输入新的身高，输入非正数时停止。运行效果大致如下：
// Enter　a　height　in　centimeters:　182
// 182.0　cm　=　5　feet,　11.7　inches
// Enter　a　height　in　centimeters　(<=0　to　quit):　168.7
// 168.0　cm　=　5　feet,　6.4　inches
// Enter　a　height　in　centimeters　(<=0　to　quit):　0
// bye
#include <stdio.h>
#define CM_PER_INCH 2.54
#define INCH_PER_FEET 12.0

int main(void)
{
  int feets;
  double input, inches, minches;
  printf("Enter a height in centimeters: ");
  scanf("%lf", &input);
  while(input > 0)
  {
    inches = input / CM_PER_INCH;
    feets = (int)(inches / INCH_PER_FEET);
    minches = inches - (feets * INCH_PER_FEET);
    printf("%.1f cm = %d feet, %.1f inches\n",
    input, feets, minches);
    printf("Enter a height in centimeters (<= 0 to quit): ");
    scanf("%lf", &input);
  }
  printf("bye\n");
  return 0;
}