"""
R-1.5 Compute the R-1.4 sum with one comprehension passed to the built-in sum.
"""
def sqaure_sum_funct(n):
    if n >= 0:
      return sum( i**2 for i in range(1, n))
            
    else:
      return 'The number given has to be positive'
print(sqaure_sum_funct(4))
