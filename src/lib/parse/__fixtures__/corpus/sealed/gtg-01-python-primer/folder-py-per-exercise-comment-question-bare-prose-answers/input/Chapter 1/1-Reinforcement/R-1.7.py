# Compute the sum with one comprehension passed to the built-in sum.

res = sum(k * k for k in range(1, n+1) if k % 2 == 1)

# total = sum(j * j for j in range(1, n+1, 2))
