"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.4
🚩 Problem Statement:
    Function of a positive integer n: add up the squares of every positive
    integer below n.
"""

def less_than_sum(n):
    return n*(n+1)/2 - n

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (less_than_sum(3) == 3)
    assert (less_than_sum(6) == 15)
    assert (less_than_sum(10) == 45)