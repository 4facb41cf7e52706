#ifndef KERNIGHAN_RITCHIE_EXERCISES_GETCH_H
#define KERNIGHAN_RITCHIE_EXERCISES_GETCH_H

int getch(void);
void ungetch(int c);

#endif
