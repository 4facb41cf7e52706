/*
 * float-f2i.h
 */

typedef unsigned float_bits;

int float_f2i(float_bits f);






