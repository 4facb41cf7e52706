"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.30
🚩 Problem Statement:
    Read an integer greater than 2 and report how many times it can be
    halved before dropping below 2.
"""

def count_divs(n):
    assert n > 2
    ctr = 0
    while (n >= 2):
        ctr += 1
        n = n//2
    return ctr

n = int(input('Enter a number greater than 2: '))
print(count_divs(n))