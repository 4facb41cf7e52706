"""
C-1.22 Given int arrays a and b of length n, return c with c[i] = a[i] * b[i].
"""
def dot_product(a, b):
    if len(a) != len(b):
        raise ValueError('a and b differ in length')
    return [a[i] * b[i] for i in range(len(a))]

a = [1,2,3,4,5,6]
b = [1, 2, 3, 4, 5]
try:
    print(dot_product(a, b))
except ValueError as e:
    print(e)

