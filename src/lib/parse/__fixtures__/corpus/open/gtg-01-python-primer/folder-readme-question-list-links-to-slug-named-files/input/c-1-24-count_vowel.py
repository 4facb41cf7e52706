"""
C-1.24 Count the vowels in a string.
"""
def count_vowels(sentence):
    vowels = 'aeiouAEIOU'
    return sum(1 for i in sentence if i in vowels)
text = "Hello, World!"
print(count_vowels(text))
