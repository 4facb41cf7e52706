"""
6.4 A string s[1...n] of n characters is thought to be a damaged text file
whose punctuation has all been lost (it reads something like "itwasthebestoftimes..."). You want
to recover the text with the help of a dictionary, given as a Boolean function
dict(.):
for every string w,
    dict(w) = true when w is a word, false when it is not
(a) Give a dynamic programming algorithm that decides whether s[.] can be split
    into a sequence of words. It should run in O(n^2) time at most, counting each dict
    call as one step.
(b) When s is splittable, have the algorithm also print the sequence of
    words.
"""

def valid(s, d):
    n = len(s)
    d = set(d)
    opt = [False] * (n+1)
    opt[0]=True
    for i in range(n+1):
        for j in range(i):
            if s[j:i] in d:
                opt[i] = opt[i-(i-j)]
    return opt[n]

d = [ "i", 'it', 'was', 'the', 'best', 'of', 'times' ]
s = "itwasthebest"
print(s, "is valid?:",valid(s,d))

s = "iathebest"
print(s, "is valid?:", valid(s,d)) # should be false