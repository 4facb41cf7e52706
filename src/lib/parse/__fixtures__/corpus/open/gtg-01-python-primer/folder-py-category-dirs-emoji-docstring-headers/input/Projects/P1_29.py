"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.29
🚩 Problem Statement:
    Print every string that uses each of the letters c, a, t, d, o, g
    exactly once.
"""

from itertools import permutations

chars = ['c', 'a', 't', 'd', 'o', 'g']

for permutation in permutations(chars):
    print(''.join(permutation), end=',')