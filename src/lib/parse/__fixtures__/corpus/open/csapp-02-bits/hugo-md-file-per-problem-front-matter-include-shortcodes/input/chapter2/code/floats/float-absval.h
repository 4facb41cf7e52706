/*
 * float-absval.h
 */

typedef unsigned float_bits;

float_bits float_absval(float_bits f);


