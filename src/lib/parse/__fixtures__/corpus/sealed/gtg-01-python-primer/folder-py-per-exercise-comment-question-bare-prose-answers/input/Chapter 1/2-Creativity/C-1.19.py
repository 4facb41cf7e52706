# Use a list comprehension to build ['a', 'b', ..., 'z'] without typing out
#  the letters.

[chr(k) for k in range(97, 123)]
