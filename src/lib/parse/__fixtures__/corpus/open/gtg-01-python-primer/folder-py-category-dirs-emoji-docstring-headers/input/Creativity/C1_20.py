"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.20
🚩 Problem Statement:
    Re-implement random.shuffle using nothing but random.randint.
"""

from random import randint

def shuffle():
    a = [randint(1,50) for _ in range(10)]
    b = a.copy()
    res = []
    n = len(a)
    for _ in range(n):
        idx = randint(0,n-1)
        res.append(a[idx])
        del a[idx]
        n -= 1
    return b, res

arr, shuffled_arr = shuffle()
print(arr)
print(shuffled_arr)