"""
6.20 Optimal binary search trees. Say we know how often each keyword appears in programs
of some language, for example:

    begin   5%
    do      40%
    else    8%
    end     4%
    if      10%
    then    10%
    while   23%

We want to store them in a binary search tree, so that the keyword at the root comes
alphabetically after every keyword in its left subtree and before every keyword in its right
subtree (and likewise at every node).

Figure 6.12 shows a well-balanced example on the left. There, looking a keyword up
takes no more than three comparisons: to find "while", for example, only the
three nodes "end", "then", and "while" are visited. But because we know how often each
keyword is looked up, we can use a finer cost measure: the average number of
comparisons per lookup. For the tree on the left it comes to:

    cost = 1(0.04) + 2(0.40 + 0.10) + 3(0.05 + 0.08 + 0.10 + 0.23) = 2.42

Under this measure the best tree is the one on the right, whose cost is 2.18.

Give an efficient algorithm for this task.
    Input: n words (sorted); their frequencies: p_1, p_2, ..., p_n.
    Output: The binary search tree of least cost (cost being the expected number of
    comparisons needed to look up a word).
"""

import sys

def optimal_binary_search_tree(p):
    """
    Gives the smallest cost over every possible binary search tree.
    Args:
        p: list of the word frequencies
    """
    T = [[ 0 for i in p] for j in p]
    n = len(p)

    for s in range(n):
        for i in range(n - s):
            j = i + s
            if i == j:
                T[i][j] = p[i]
                continue

            T[i][j] = sys.maxsize

            for k in range(i, j+1):
                T_L = T[i][k-1] if k > i else 0
                T_R = T[k+1][j] if k < j else 0
                T[i][j] = min(T[i][j], T_L + T_R)

            for k in range(i, j+1):
                T[i][j] = T[i][j] + p[k]

    return T[0][n-1]


if __name__ == "__main__":
    # the example given in exercise 6.20
    p = [ 0.05, 0.4, 0.08, 0.04, 0.10, 0.10, 0.23 ]
    c = optimal_binary_search_tree(p)
    print('p=%s c=%s' % (p, c))

    # example from https://www.geeksforgeeks.org/optimal-binary-search-tree-dp-24/
    p = [ 34, 8, 50 ]
    c = optimal_binary_search_tree(p)
    print('p=%s c=%s' % (p, c))

