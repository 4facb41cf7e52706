"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.1
🚩 Problem Statement:
    Write is_multiple(n, m): return True when n equals m times some integer,
    else False.
"""

def is_multiple(n,m):
    if n%m == 0:
        return True
    return False

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (is_multiple(12,4) == True)
    assert (is_multiple(12,8) == False)
    assert (is_multiple(32,16) == True)
    assert (is_multiple(32,10) == False)