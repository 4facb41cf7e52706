# Compute the sum with one comprehension passed to the built-in sum.

res = sum(k * k for k in range(1, n+1))
