# Count the vowels in a string.

def count_vowels(data):
    vowels = ['a', 'e', 'i', 'o', 'u']
    count = 0
    for ele in data:
        if ele in vowels:
            count += 1
    return count
