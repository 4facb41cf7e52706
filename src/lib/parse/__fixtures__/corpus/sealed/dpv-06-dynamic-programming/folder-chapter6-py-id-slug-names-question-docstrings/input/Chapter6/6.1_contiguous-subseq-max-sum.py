"""
6.1 Call a subsequence of a list S contiguous when it is made of neighbouring elements of S. For
example, when S is:
    5. 15, -30, 10, -5, 40, 10
the piece 15, -30, 10 is contiguous, while 5, 15, 40 is not. Find a linear time algorithm for
this task:
    Input: A list of numbers, a1, a2, ..., an
    Output: The contiguous subsequence with the largest sum (the empty subsequence sums to zero)
In the example above the answer is 10, -5, 40, 10, whose sum is 55.
(Hint: For every j E{1, 2, ..., n}, look at the contiguous subsequences that end right at position j.)
"""

"""
v1: Gives back the contiguous subsequence having the largest sum.
"""
def contiguous_subseq_max_sum_1(a):
    S = [ 0 for i in a ]
    l = [ 0 for i in a ]
    for i in range(len(a)):
        if a[i] + S[i - 1] > a[i]:
            S[i] = a[i] + S[i - 1]
            l[i] = l[i - 1]
        else:
            S[i] = a[i]
            l[i] = i

    max = 0
    for i in range(len(a)):
        if S[i] > S[max]:
            max = i

    return a[l[i]:max+1]


"""
v2: Gives back just the largest sum, not the subsequence itself
"""
def contiguous_subseq_max_sum_2(a):
    S = [ 0 for i in a ]
    for i in range(len(a)):
        S[i] = max(S[i], a[i] + S[i - 1])

    max_ = 0
    for i in range(len(a)):
        if S[i] > S[max_]:
            max_ = i

    return S[max_]


if __name__ == "__main__":
    a = [ 5, 15, -30, 10, -5, 40, 10 ]
    s = contiguous_subseq_max_sum_1(a)
    print('Contiguous subsequence with max sum => %s' % s)
    sum = contiguous_subseq_max_sum_2(a)
    print('Max sum => %s' % sum)

