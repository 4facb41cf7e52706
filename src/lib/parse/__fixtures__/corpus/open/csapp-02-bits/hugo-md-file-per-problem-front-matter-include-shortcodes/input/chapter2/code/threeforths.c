/*
 * threeforths.c
 */
#include <stdio.h>
#include <assert.h>
#include <limits.h>

/*
 * 3/4x without overflow, rounded toward zero
 *
 * to avoid overflow divide by 4 before we multiple by 3, unlike 2.79 here
 *
 * rounding toward zero takes some care.
 * split each int x into f(its first 30 bit part) plus l(its last 2 bit part)
 *
 *   f = x & ~0x3
 *   l = x & 0x3
 *   x = f + l
 *   threeforths(x) = f/4*3 + l*3/4
 *
 * f never needs rounding, only l*3/4 does
 *
 *   lm3 = (l << 1) + l
 *
 * for x > 0 rounding toward zero is simple
 *
 *   lm3d4 = lm3 >> 2
 *
 * for x < 0 it works like divide_power2 in 2.78
 *
 *   bias = 0x3    // (1 << 2) - 1
 *   lm3d4 = (lm3 + bias) >> 2
 */
int threeforths(int x) {
  int is_neg = x & INT_MIN;
  int f = x & ~0x3;
  int l = x & 0x3;

  int fd4 = f >> 2;
  int fd4m3 = (fd4 << 1) + fd4;

  int lm3 = (l << 1) + l;
  int bias = (1 << 2) - 1;
  (is_neg && (lm3 += bias));
  int lm3d4 = lm3 >> 2;

  return fd4m3 + lm3d4;
}

int main(int argc, char* argv[]) {
  assert(threeforths(8) == 6);
  assert(threeforths(9) == 6);
  assert(threeforths(10) == 7);
  assert(threeforths(11) == 8);
  assert(threeforths(12) == 9);

  assert(threeforths(-8) == -6);
  assert(threeforths(-9) == -6);
  assert(threeforths(-10) == -7);
  assert(threeforths(-11) == -8);
  assert(threeforths(-12) == -9);
  return 0;
}


