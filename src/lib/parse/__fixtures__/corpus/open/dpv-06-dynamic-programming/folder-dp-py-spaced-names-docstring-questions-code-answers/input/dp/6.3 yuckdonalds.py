"""
The Yuckdonald’s chain wants to open restaurants along Quaint Valley Highway (QVH).
The n candidate sites lie on a line, at distances m1, m2, . . . , mn miles from the start of
QVH, listed in increasing order. The rules are:
• Each site gets at most one Yuckdonald’s. Opening at site i is expected to earn
pi, with pi > 0 for i = 1, 2, . . . , n.
• Two restaurants must be at least k miles apart, k a positive integer.
Find an efficient algorithm for the largest total expected profit that respects these
rules
"""

from collections import defaultdict

def yuck(m,p,k):
	n = len(m)
	opt = [0] + [p[i] for i in range(n)]

	for i in range(1,n):
		for j in range(i):
			if m[i] - m[j] >= k:
				opt[i] = max(p[i], p[i] + opt[j])
	
	print(opt)
	return opt[n-1]

def yuck2(m,p,k):
	opt = [0] * (m[-1]+1)
	d = defaultdict(int)
	opt[0] = p[0]
	for i in range(len(m)):
		d[m[i]]= p[i]
	
	for i in range(len(opt)):
		opt[i] = max(opt[i-1], d[i])
		if i-k >= 0:
			opt[i] = max(opt[i-1], d[i]+ opt[i-k])
	print(opt)
	return opt[-1]


stores = 		[1,2,3,4,5]
store_profit =  [10,4,8,7,11]
profit = yuck(stores,store_profit, 3)
print("yuck donalds max profit is: ", profit)

stores = 		[10,12,44,50,55]
store_profit =  [10,4,8,7,11]
profit = yuck(stores,store_profit, 3)
print("yuck donalds max profit is: ", profit)

print("----")

stores = 		[1,2,3,4,5]
store_profit =  [10,4,8,7,11]
profit = yuck2(stores,store_profit, 3)
print("yuck donalds max profit is: ", profit)

stores = 		[10,12,44,50,55]
store_profit =  [10,4,8,7,11]
profit = yuck2(stores,store_profit, 3)
print("yuck donalds max profit is: ", profit)