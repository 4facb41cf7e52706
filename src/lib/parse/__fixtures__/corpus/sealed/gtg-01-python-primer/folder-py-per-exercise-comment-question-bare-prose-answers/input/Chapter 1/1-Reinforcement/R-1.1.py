# Write is_multiple(n, m): return True when n equals m times some integer,
#  else False.

def is_multiple(n, m):
    return not bool(n % m)

# def is_multiple(n, m):
#     return n % m == 0
