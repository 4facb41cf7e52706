"""
R-1.7 Compute the R-1.6 sum with one comprehension passed to the built-in sum.
"""
def comp_odd(n):
    if n >= 0:
        return sum(i**2 for i in range(1, n) if i%2 != 0)
    else:
        return 'not a positive number'
print(comp_odd(8))
