"""
6.3 Yuckdonald's plans to open a chain of restaurants along Quant Valley Highway (QVH). The
n candidate sites lie along a straight line, and the sites lie along a
straight line, and their distances from the start of QVH are, in miles and
in increasing order, m1, m2, ..., mn. The rules are:

* Yuckdonald's may open no more than one restaurant per site. Opening a restaurant at
  site i is expected to bring a profit pi, where pi > 0 and i = 1, 2, ..., n.
* No two restaurants may be less than k miles apart, k being a positive integer.

Give an efficient algorithm for the largest expected total profit allowed by these
rules.
"""

"""
Gives back the largest expected total profit
"""
def yuckdonalds(m, p, k):
    # Index from 0 to keep things simple
    # holds the best profit up to each site, seeded with the profit of that site
    T = [ 0 for p_ in p ]
    for i in range(len(m)):
        T[i] = p[i]
        for j in range(i - 1):
            if (m[i] - m[j]) >= k:
                T[i] = max(T[i], p[i] + T[j])

        # The best profit overall is the larger of: best with a restaurant at i, and best
        # with no restaurant at site i, which is just T[i-1]
        T[i] = max(T[i], T[i-1])

    return T[len(m)-1]


"""
Alternative version:
    Here T(i) means the best total profit given that site i does have a restaurant.
    This version needs one extra pass at the end to find the site with a restaurant where
    the total expected profit peaks
"""
"""
def yuckdonalds(m, p, k):
    # Index from 0 to keep things simple
    # holds the best profit up to each site, seeded with the profit of that site
    T = [ 0 for p_ in p ]
    for i in range(len(m)):
        T[i] = p[i]
        for j in range(i - 1):
            if (m[i] - m[j]) >= k:
                T[i] = max(T[i], p[i] + T[j])

    max_ = 0
    for i in range(len(m)):
        if T[i] > T[max_]:
            max_ = i
    return T[max_]
"""


if __name__ == "__main__":
    m = [ 0, 5, 6, 11, 14, 20, 22, 28 ];
    p = [ 30, 10, 40, 1, 15, 5, 23, 17 ];
    k = 5;
    print('m=%s p=%s k=%s' % (m, p, k))
    p_ = yuckdonalds(m, p, k)
    print('Maximum total profit = %d' % p_)

    m = [ 1, 10, 16, 21, 22, 35, 38 ]
    p = [ 30, 9, 13, 25, 23, 3, 10 ]
    k = 10
    print('m=%s p=%s k=%s' % (m, p, k))
    p_ = yuckdonalds(m, p, k)
    print('Maximum total profit = %d' % p_)

    # A greedy pick (always putting a restaurant at site i) gets this case wrong (the right
    # answer is 400)
    m = [ 10, 20, 25, 30, 40 ];
    p = [ 100, 100, 101, 100, 100 ];
    k = 10;
    print('m=%s p=%s k=%s' % (m, p, k))
    p_ = yuckdonalds(m, p, k)
    print('Maximum total profit = %d' % p_)

    # Edge case: should give 42, not 41
    m = [ 0, 4, 8 ];
    p = [ 10, 42, 31 ];
    k = 5;
    print('m=%s p=%s k=%s' % (m, p, k))
    p_ = yuckdonalds(m, p, k)
    print('Maximum total profit = %d' % p_)

