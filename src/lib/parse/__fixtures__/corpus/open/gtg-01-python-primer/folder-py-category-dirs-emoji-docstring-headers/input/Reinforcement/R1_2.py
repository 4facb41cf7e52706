"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.2
🚩 Problem Statement:
    Write is_even(k) returning True for even k, without using *, % or /.
"""

def is_even(k):
    return True if k%2==0 else False

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (is_even(2) == True)
    assert (is_even(3) == False)