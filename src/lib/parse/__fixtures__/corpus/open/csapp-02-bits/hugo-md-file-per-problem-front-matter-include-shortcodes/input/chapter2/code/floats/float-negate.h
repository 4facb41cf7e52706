/*
 * float-negate.h
 */

typedef unsigned float_bits;

float_bits float_negate(float_bits f);
