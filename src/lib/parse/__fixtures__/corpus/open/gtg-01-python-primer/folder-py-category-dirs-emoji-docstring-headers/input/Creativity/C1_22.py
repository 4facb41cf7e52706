"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.22
🚩 Problem Statement:
    Given int arrays a and b of length n, return c with c[i] = a[i] * b[i].
"""

a = [1,2,3,4,5]
b = [2,3,4,5,6]
assert len(a) == len(b)

dot = lambda a,b : sum([a[i]*b[i] for i in range(len(a))])
print(dot(a,b))