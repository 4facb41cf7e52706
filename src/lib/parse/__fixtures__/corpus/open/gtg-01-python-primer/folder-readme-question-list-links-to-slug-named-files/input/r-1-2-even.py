"""
R-1.2 Write is_even(k) returning True for even k, without using *, % or /.
"""
def even(k):
    return (k&1) == 0
print(even(4))
