/*
 * leftmost-one.c
 */
#include <stdio.h>
#include <assert.h>

/*
 * Mask holding just the leftmost 1 of x. w is 32
 * e.g. 0xFF00 -> 0x8000, and 0x6000 -> 0x4000.
 * x = 0 gives 0
 */
int leftmost_one(unsigned x) {
  /*
   * step one: turn on every bit to the right of the leftmost one
   * e.g. 0xFF00 -> 0xFFFF, and 0x6000 -> 0x7FFF
   * x = 0 stays 0
   */
  x |= x >> 1;
  x |= x >> 2;
  x |= x >> 4;
  x |= x >> 8;
  x |= x >> 16;
  /*
   * step two: (mask >> 1) + (mask && 1); the mask && 1 term covers x = 0 and brings back the leftmost bit one
   * which is the answer
   */
  return (x >> 1) + (x && 1);
}

int main(int argc, char* argv[]) {
  assert(leftmost_one(0xFF00) == 0x8000);
  assert(leftmost_one(0x6000) == 0x4000);
  assert(leftmost_one(0x0) == 0x0);
  assert(leftmost_one(0x80000000) == 0x80000000);
  return 0;
}


