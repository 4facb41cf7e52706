/*
 * random.h
 */

// seed the generator
void init_seed(void);
// give back a random int number
int random_int(void);


