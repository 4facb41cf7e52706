"""
Take a list S; a contiguous subsequence is a run of neighbouring entries of S. As an
example, with S equal to
	5, 15, −30, 10, −5, 40, 10,

the run 15, −30, 10 counts as contiguous whereas 5, 15, 40 does not. Design a linear-time method
for this problem:
  Input: numbers a1, a2, . . . , an.
  Output: the contiguous subsequence whose sum is largest (the empty run counts, with
sum zero).

In the example above the best run is 10, −5, 40, 10, which adds up to 55.
(Hint: for every j ∈ {1, 2, . . . , n}, look at the contiguous runs that finish exactly at j.)
"""

def contiguousSub(lst):
	n = len(lst)
	optimal = [0] * n # base case index 0 = 0
	for i in range(1,n):
		optimal[i] = max(0,optimal[i-1] + lst[i])
	return optimal[n-1]

example = [5, 15, -30, 10, -5, 40, 10]
print("given %s, the optimal contiguous sum is %d" % (example, contiguousSub(example)))
