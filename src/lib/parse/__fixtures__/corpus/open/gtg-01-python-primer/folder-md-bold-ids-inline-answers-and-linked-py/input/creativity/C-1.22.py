# C-1.22 Given int arrays a and b of length n, return c with c[i] = a[i] *
# b[i].

from typing import List


def dotProduct(a: List[int], b: List[int]) -> List[int]:
    '''
    Yields the element-by-element products of the two lists one at a time
    '''
    if len(a) != len(b):
        print("The two lists must have equal length!")
        raise ValueError()
    for i in range(len(a)):
        yield a[i]*b[i]


def dotProductList(a: List[int], b: List[int]) -> List[int]:
    '''
    Builds the full list of element-by-element products of the two lists
    '''
    if len(a) != len(b):
        print("The two lists must have equal lenght!")
        raise ValueError()
    return [a[i]*b[i] for i in range(len(a))]


a = [1, 2, 3]
b = [4, 5, 6]

print(list(dotProduct(a, b)))
print(dotProductList(a, b))
