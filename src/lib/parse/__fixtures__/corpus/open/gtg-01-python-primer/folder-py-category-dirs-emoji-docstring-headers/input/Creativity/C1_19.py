"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.19
🚩 Problem Statement:
    Use a list comprehension to build ['a', 'b', ..., 'z'] without typing
    out the letters.
"""

alphabets = [chr(i).lower() for i in range(65,91)]
print(alphabets)