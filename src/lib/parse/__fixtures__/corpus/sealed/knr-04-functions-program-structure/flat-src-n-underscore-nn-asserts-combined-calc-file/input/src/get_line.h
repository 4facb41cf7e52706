#ifndef KERNIGHAN_RITCHIE_EXERCISES_GET_LINE_H
#define KERNIGHAN_RITCHIE_EXERCISES_GET_LINE_H

int get_line(char s[], int lim);

#endif
