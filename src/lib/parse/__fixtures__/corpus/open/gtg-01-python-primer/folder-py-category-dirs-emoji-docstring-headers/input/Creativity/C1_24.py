"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.24
🚩 Problem Statement:
    Count the vowels in a string.
"""

vowels = ['a', 'e', 'i', 'o', 'u']
num_vowels = lambda word : len([letter for letter in word if letter.lower() in vowels])
print(num_vowels("ABRACADABRA"))