"""
Write is_multiple(n, m): return True when n equals m times some integer, else
False.
"""
def multiple(n, m):
    if n % m == 0:
        return True
    else:
        return False
print(multiple(81, 9))
