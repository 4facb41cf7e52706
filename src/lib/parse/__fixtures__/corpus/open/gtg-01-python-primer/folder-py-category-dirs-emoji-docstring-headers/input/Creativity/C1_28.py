"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.28
🚩 Problem Statement:
    Write norm(v, p) for the p-norm of a vector, with norm(v) giving the
    Euclidean norm.
"""

def norm(v, p):
    inner_sum = sum([v_i**p for v_i in v])
    return round(inner_sum**(1/p), 3)

v = [1, 2, 3, 4]
print(norm(v,1))
print(norm(v,2))
print(norm(v,3))