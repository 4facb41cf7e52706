"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.6
🚩 Problem Statement:
    Function of a positive integer n: add up the squares of the odd positive
    integers below n.
"""

def odd_less_than_sum(n):
    local_sum = 0
    for i in range(1,n,2):
        local_sum += i
    return local_sum

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (odd_less_than_sum(3) == 1)
    assert (odd_less_than_sum(6) == 9)
    assert (odd_less_than_sum(10) == 25)