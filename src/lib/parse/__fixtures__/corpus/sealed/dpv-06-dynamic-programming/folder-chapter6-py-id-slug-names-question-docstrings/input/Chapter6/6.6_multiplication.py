"""
6.6 Define a multiplication on the three symbols a, b, c by the table
below; so ab = b, ba = c and so on. Note that this multiplication is
neither associative nor commutative.
            | a b c
          --|------
          a | b b a
          b | c b a
          c | a c c
Find and efficient algorithm that takes a string of these symbols, such as bbbbac, and decides
whether the string can be parenthesized so that the whole expression
evaluates to a. For instance, for bbbbac the algorithm should answer yes because
((b(bb))(ba))c = a
"""

def multiplication(s):
    """
    Gives True when some parenthesization of the string makes the the whole
    expression equal a, and False if none does
    Args:
        s: string made of 'a', 'b', and 'c'
    """
    n = len(s)
    # M is 3-dimensional: i by j, and each M[i,j] is itself a list of the values that
    # substring i..j can evaluate to
    M = [[[] for i in s] for j in s]
    # Base case: M(i, i) = s(i)
    for i in range(n):
        M[i][i] = [s[i]]

    # The table has to be filled diagonal by diagonal, from M(i, i+1) up to M(1, n)
    # w is the width of the diagonal, going up to n-1
    for w in range(1, n):
        # print('*** w=%d ***' % w)
        for i in range(n-w):
            j = i + w
            # print('** i=%d j=%d **' % (i, j))
            for l in range(i, j):
                # print('* l=%d M[%d][%d] *' % (l, i, j))
                # print('  M[i][l]=%s M[l+1][j]=%s' % (M[i][l], M[l+1][j]))
                m = __mul(M[i][l], M[l+1][j])
                M[i][j] = __merge(M[i][j], m)

    return 'a' in M[0][n-1]


def __mul(m1, m2):
    r = []
    for m1_ in m1:
        for m2_ in m2:
            m = ''
            if m1_ == 'a' and m2_ == 'a':
                m = 'b'
            elif m1_ == 'a' and m2_ == 'b':
                m = 'b'
            elif m1_ == 'a' and m2_ == 'c':
                m = 'c'
            elif m1_ == 'b' and m2_ == 'a':
                m = 'c'
            elif m1_ == 'b' and m2_ == 'b':
                m = 'b'
            elif m1_ == 'b' and m2_ == 'c':
                m = 'a'
            elif m1_ == 'c' and m2_ == 'a':
                m = 'a'
            elif m1_ == 'c' and m2_ == 'b':
                m = 'c'
            elif m1_ == 'c' and m2_ == 'c':
                m = 'c'
            if m not in r:
                r.append(m)

    return r


def __merge(m1, m2):
    for m in m2:
        if m not in m1:
            m1.append(m)

    return m1


if __name__ == "__main__":
    s = 'bbbbac'
    m = multiplication(s)
    print('s=[%s] m=%s' % (s, m))

    s = 'bbbbbb'
    m = multiplication(s)
    print('s=[%s] m=%s' % (s, m))

    s = 'baab'
    m = multiplication(s)
    print('s=[%s] m=%s' % (s, m))

    s = 'aabc'
    m = multiplication(s)
    print('s=[%s] m=%s' % (s, m))

