"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.18
🚩 Problem Statement:
    Use a list comprehension to build [0, 2, 6, 12, 20, 30, 42, 56, 72, 90].
"""

print([x*x-x for x in range(1,11)])