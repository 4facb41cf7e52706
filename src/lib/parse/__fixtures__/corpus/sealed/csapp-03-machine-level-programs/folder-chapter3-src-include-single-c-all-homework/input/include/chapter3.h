#ifndef _chapter3
#define _chapter3

/* 3.58 */
long decode2(long x, long y, long z);

/* 3.60 */
long loop(long x, int n);

/* 3.61 */
long cread_alt(long *xp);

/* 3.63 */
long switch_prob(long x, long n);

#endif /* _chapter3 */
