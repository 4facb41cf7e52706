# Write is_even(k) returning True for even k, without using *, % or /.

def is_even(k):
    return k & 1 == 0
