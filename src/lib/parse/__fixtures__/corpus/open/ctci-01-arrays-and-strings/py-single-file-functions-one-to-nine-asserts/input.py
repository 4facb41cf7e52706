from collections import Counter

def one(s):
	# O(n) time and O(n) space via counting
	counts = Counter(s)
	return len(counts) == len(s)
	# sorting instead gives O(nlogn) time, O(1) space
	#s = sorted(s)
	#for k in range(1, len(s)):
	#	if s[k-1] == s[k]: return False
	#return True

assert one("xyz")
assert not one("xyy")

def two(a,b):
	return len(a) == len(b) and Counter(a) == Counter(b)

assert two("dog", "god")
assert not two("dog", "dot")

def three(s):
	s = s.strip()
	out = ""
	for ch in s:
		if ch == ' ':
			out += "%20"
		else: out += ch
	return out

assert three("Mr John Smith    ") == "Mr%20John%20Smith"

def four(s):
	# Only the parity of each letter matters, so a bit vector of parities
	# could stand in for the Counter and drop the space from O(n) to O(1)
	counts = Counter(s)
	odd = 0
	for k,v in counts.items():
		if v % 2 != 0:
			odd += 1
			if odd > 1: return False
	return True

assert four("tactcoa")
assert not four("xtactcoa")

def five(a,b):
	n = len(a)
	m = len(b)
	if abs(n-m) > 1: return False
	i = 0
	j = 0
	edits = 0
	while i < n and j < m:
		if a[i] != b[j]:
			if n > m: i += 1
			elif m > n: j += 1
			else: i += 1; j += 1
			edits += 1
			if edits > 1: return False
		else:
			i += 1
			j += 1
	return True

assert five("pale", "ple")
assert five("pales", "pale")
assert five("pale", "bale")
assert not five("pale", "bake")

def six(s):
	# My version drops the count whenever a run has length one.
	out = s[0]
	run = 1
	for i in range(1, len(s)):
		if s[i] != s[i-1]:
			if run > 1: out += str(run)
			out += s[i]
			run = 1
		else:
			run += 1
	if run > 1: out += str(run)
	return out if len(out) < len(s) else s

assert six("aabcccccaaa") == "a2bc5a3"

def seven(m):
	# Constant extra space: every cell trades places around a cycle of four,
	# one quarter of the matrix at a time. I read +90 degrees as counter clockwise.
	N = len(m)
	for i in range(N//2):
		for j in range(N//2):
			# the cycle of four positions visited each time:
			# (i, j) -> (N-j-1, i) -> (N-i-1, N-j-1) -> (j, N-i-1) -> (i, j)
			carry = m[j][N-i-1]
			for a,b in [(i,j), (N-j-1,i), (N-i-1,N-j-1), (j,N-i-1)]:
				tmp = m[a][b]
				m[a][b] = carry
				carry = tmp
	return m

assert seven([[1,2,3,4],
			  [5,6,7,8],
			  [9,10,11,12],
			  [13,14,15,16]]) == [[4,8,12,16],
								  [3,7,11,15],
								  [2,6,10,14],
								  [1,5,9,13]]

def eight(m):
	zeros = []
	for i in range(len(m)):
		for j in range(len(m[0])):
			if m[i][j] == 0:
				zeros.append((i,j))

	for i,j in zeros:
		m[i] = [0] * len(m[0])

	for r in range(len(m)):
		for i,j in zeros:
			m[r][j] = 0

	return m

assert eight([[1,2,3,0],
			  [5,6,7,8],
			  [9,0,11,12],
			  [13,14,15,16]]) == [[0,0,0,0],
								  [5,0,7,0],
								  [0,0,0,0],
								  [13,0,15,0]]

def nine(a, b):
	return len(a) == len(b) and a in b+b

assert nine("waterbottle", "erbottlewat")
assert not nine("abcde", "cbeab")
