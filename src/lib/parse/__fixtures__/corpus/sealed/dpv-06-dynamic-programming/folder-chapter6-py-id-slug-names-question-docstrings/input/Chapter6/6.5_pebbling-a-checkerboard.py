"""
6.5 A checkerboard with 4 rows and n columns has an integer written in every
square. We also have 2n pebbles, and we want to put some or all of them on the
board (a pebble goes on exactly one square) so that the integers on the covered
squares add up to as much as possible. One rule applies: a placement is legal only if
no two pebbles sit on squares that touch horizontally or vertically (touching
diagonally is fine).

(a) Work out how many legal patterns can appear in a single column (taken on its own,
    ignoring pebbles in neighbouring columns) and describe them.

Two patterns are compatible if they can stand in adjacent columns and still give a legal placement.
Take as subproblems the rst k columns 1 k n. Each subproblem gets a
type: the pattern found in its last column.

(b) With compatibility and type, give an O(n)-time dynamic programming algorithm
that computes an optimal placement.
"""

"""
Every legal pattern, each paired with the patterns it is compatible with (as pattern indices)
In each tuple:
    First item: the row(s) holding pebbles
    Second item: indices of the compatible patterns
"""
PATTERNS = [
        ([], [0, 1, 2, 3, 4, 5, 6, 7]), # type 0
        ([0], [0, 2, 3, 4, 7]),         # type 1
        ([1], [0, 1, 3, 4, 5]),         # type 2
        ([2], [0, 1, 2, 4, 7]),         # type 3
        ([3], [0, 2, 3, 5]),            # type 4
        ([0, 2], [0, 2, 4, 7]),
        ([0, 3], [2, 3]),
        ([1, 3], [5])
]

def max_sum_checkerboard_pebbles(c):
    """
    Args:
        c: the checkerboard as an array of 4 rows by n columns. The outer index of the array
            runs over the board's 4 rows, and each row holds n columns.
    """
    # S is a table of n columns by 8 rows
    n = len(c[0])
    S = [[0 for c in range(n)] for r in range(8)]
    # Walk through the columns
    for i in range(n):
        # print('* i=%d *' % i)
        # For each column, try every pattern
        for j in range(8):
            # print('j=%d pattern=%s compatible=%s' % (j, PATTERNS[j][0], PATTERNS[j][1]))
            max_ = 0
            if i > 0:
                for k in PATTERNS[j][1]:
                    # print(' S[%d][%d]=%d' % (k, i, S[k][i-1]))
                    max_ = max(max_, S[k][i-1])
            S[j][i] = __sum(c, i, PATTERNS[j][0]) + max_
            # print('=> S[%d][%d]=%d' % (j, i, S[j][i]))

    max_ = 0
    for i in range(8):
        max_ = max(max_, S[i][n-1])

    return max_


def __sum(c, i, p):
    # The board has 4 rows
    sum_ = 0
    for r in p:
        sum_ = sum_ + c[r][i]
    return sum_


if __name__ == "__main__":
    c = [
            [1, 2],
            [13, 4],
            [8, 16],
            [7, 3]
    ]
    m = max_sum_checkerboard_pebbles(c)
    print(m)

    c = [
            [1, 2, 9, 1],
            [13, 4, 0, 8],
            [8, 16, 24, 7],
            [7, 3, 8, 5]
    ]
    m = max_sum_checkerboard_pebbles(c)
    print(m)

