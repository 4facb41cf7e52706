# Use a list comprehension to build [0, 2, 6, 12, 20, 30, 42, 56, 72, 90].

[k * (k + 1) for k in range(10)]
