"""
6.18 Here is a variant of the change-making problem (Exercise 6.17): given
denominations x1,x2,...,xn, make change for a value v, but use every
denomination at most once. With denominations 1, 5, 10, 20, for example, you can
make 16 = 1 + 15 and 31 = 1 + 10 + 20 but not 40 (20 cannot be used
twice).
    Input: Positive integers x1,x2,...,xn; another integer v.
    Output: Is change for v possible with each denomination xi used at most once?
Show how to solve it in O(nv) time.
"""

def coin_change_once_per_denomination(x, v):
    """
    Gives True when change for v can be made from denominations x1...xn with every
    denomination used at most once, and False when it cannot
    Args:
        x: list of the coin denominations x1, x2 ... xn
        v: the value to make change for
    """
    n = len(x)

    C = [[False for j in range(v+1)] for i in range(n+1)]
    # Base case: C(i, 0) = True
    for i in range(n+1):
        C[i][0] = True

    for i in range(1, n+1):
        for j in range(1, v+1):
            if x[i-1] <= j:
                C[i][j] = C[i-1][j-x[i-1]] or C[i-1][j]
            else:
                C[i][j] = C[i-1][j]

    return C[n][v]


if __name__ == "__main__":
    x = [5, 10]
    v = 15
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [1, 5, 10, 20]
    v = 16
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [1, 5, 10, 20]
    v = 31
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [1, 5, 10, 20]
    v = 40
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [1, 5, 10, 20]
    v = 21
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [1, 5, 10, 20]
    v = 38
    c = coin_change_once_per_denomination(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

