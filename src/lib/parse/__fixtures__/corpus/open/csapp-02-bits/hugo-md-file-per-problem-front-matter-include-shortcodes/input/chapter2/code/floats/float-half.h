/*
 * float-half.h
 */

typedef unsigned float_bits;

float_bits float_half(float_bits f);




