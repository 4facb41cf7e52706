/*
 * float-twice.h
 */

typedef unsigned float_bits;

float_bits float_twice(float_bits f);



