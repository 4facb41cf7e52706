"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.7
🚩 Problem Statement:
    Compute the R-1.6 sum with one comprehension passed to the built-in sum.
"""

def odd_less_than_sum(n):
    return sum([i for i in range(1,n,2)])

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (odd_less_than_sum(3) == 1)
    assert (odd_less_than_sum(6) == 9)
    assert (odd_less_than_sum(10) == 25)