"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.5
🚩 Problem Statement:
    Compute the R-1.4 sum with one comprehension passed to the built-in sum.
"""

def less_than_sum(n):
    less_sum = sum([i for i in range(1,n)])
    return less_sum

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (less_than_sum(3) == 3)
    assert (less_than_sum(6) == 15)
    assert (less_than_sum(10) == 45)