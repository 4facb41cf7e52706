"""
6.17 With as many coins as we like of denominations x1,x2,...xn, we want to make change for
a value v, i.e. find coins whose values add up to v. Sometimes this cannot be done:
with denominations 5 and 10 we can make 15 but not 12. Give
an O(nv) dynamic-programming algorithm for this problem.
    Input: x1,...xn;v.
    Question: Can change for v be made from coins of denominations x1,...,xn?
"""

def coin_change_unlimited(x, v):
    """
    Gives True when change for v can be made from coins of denominations x1...xn, and False
    when it cannot
    Args:
        x: list of the coin denominations x1, x2 ... xn
        v: the value to make change for
    """
    n = len(x)

    C = [False for i in range(v+1)]
    # Base case: C(0) = True
    C[0] = True

    for i in range(1, v+1):
        for j in range(n):
            if i >= x[j]:
                C[i] = C[i-x[j]]
                if C[i]:
                    break

    return C[v]


if __name__ == "__main__":
    x = [5, 10]
    v = 15
    c = coin_change_unlimited(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [5, 10]
    v = 12
    c = coin_change_unlimited(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

    x = [2, 10]
    v = 9
    c = coin_change_unlimited(x, v)
    print('x=%s v=%d change: %s' % (x, v, c))

