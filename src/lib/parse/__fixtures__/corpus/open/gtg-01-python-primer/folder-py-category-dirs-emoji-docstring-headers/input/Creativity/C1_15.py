"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.15
🚩 Problem Statement:
    Decide whether every number in a sequence is different from all the
    others.
"""

def distinct(seq):
    num_set = set()
    for e in seq:
        if e in num_set: return False
        elif e not in num_set: num_set.add(e)
    return True
    
print(distinct([1,2,3,4,5]))
print(distinct([1,2,3,4,5,5]))