"""
R-1.11 Use a list comprehension to build [1, 2, 4, 8, ..., 256].
"""
power_of_two = [2**i for i in range(9)]
print(power_of_two)

