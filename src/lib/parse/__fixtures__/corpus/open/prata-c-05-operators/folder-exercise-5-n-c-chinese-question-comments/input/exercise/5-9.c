// 写程序：让用户输入华氏温度，以double类型读入，
// 再把它作为实参交给自己编写的函数Temperatures()。
// 这个函数要算出对应的摄氏温度和开氏温度，三个温度都保留两位小数输出，
// 并且每个值都要标明是哪种温标。华氏转摄氏的算法是：
// 摄氏 = 5.0 / 9.0 * (华氏 - 32.0)
// 开氏温标多见于科学领域，它的0点就是绝对零度，不可能再低。
// 摄氏转开氏的算法是：
// 开氏 = 摄氏 + 273.16
// 换算中用到的常数在Temperatures()里用const定义。
// main()函数 里用循环反复读温度，读到q或别的非数字就停下。
// scanf()的返回值是成功读入的项数，读到数字返回1，读到q就不是1。
// 所以拿==把scanf()的返回值跟1比较就能判断。
#include <stdio.h>

void Temperatures(double temp);

int main(void)
{
  double fahrenheitTemp;
  int result;
  printf("Please enter a temperature in fahrenheit:\n");
  result = scanf("%lf", &fahrenheitTemp);
  while (result == 1)
  {
    Temperatures(fahrenheitTemp);
    printf("Please enter a temperature in fahrenheit(enter 'q' to quit):\n");
    result = scanf("%lf", &fahrenheitTemp);
  }
  printf("Done!\n");
  return 0;
}

void Temperatures(double fahrenheitTemp)
{
  const double c1 = 5.0;
  const double c2 = 9.0;
  const double c3 = 32.0;
  const double c4 = 273.16;
  double celsiusTemp, kelvinTemp;
  celsiusTemp = c1 / c2 * (fahrenheitTemp - c3);
  kelvinTemp = celsiusTemp + c4;
  printf("%.2f℉ is %.2f℃ or %.2fK.\n", fahrenheitTemp, celsiusTemp, kelvinTemp);
}