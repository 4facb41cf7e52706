"""
C-1.18 Use a list comprehension to build [0, 2, 6, 12, 20, 30, 42, 56, 72,
90].
"""
result = [i * (i+1) for i in range(10)]
print(result)
