# Use a list comprehension to build [1, 2, 4, 8, ..., 256].

l = list()
for i in range(0, 9):
    l.append(2 ** i)

# [2 ** k for k in range(9)]
