/*
 * fits-bits.c
 */
#include <stdio.h>
#include <assert.h>

int fits_bits(int x, int n) {
  /*
   * 1 <= n <= w
   *
   * take w = 8, n = 3
   * for x > 0
   *   0b00000010 fits, 0b00001010 does not, and neither does 0b00000110 (thanks itardc@163.com)
   * for x < 0
   *   0b11111100 fits, 0b10111100 does not, and neither does 0b11111000
   *
   * so the test is
   *   x << (w-n) >> (w-n) has to give back x unchanged.
   *
   */
  int w = sizeof(int) << 3;
  int offset = w - n;
  return (x << offset >> offset) == x;
}

int main(int argc, char* argv[]) {
  assert(!fits_bits(0xFF, 8));
  assert(!fits_bits(~0xFF, 8));

  assert(fits_bits(0b0010, 3));
  assert(!fits_bits(0b1010, 3));
  assert(!fits_bits(0b0110, 3));

  assert(fits_bits(~0b11, 3));
  assert(!fits_bits(~0b01000011, 3));
  assert(!fits_bits(~0b111, 3));
  return 0;
}


