"""
C-1.20 Re-implement random.shuffle using nothing but random.randint.
"""
import random

def custom_shuffle(data):
    n = len(data)
    for i in range(n-1, 0, -1):
        j = random.randint(0, i)
        data[i], data[j] = data[j], data[i]
    return data

num = [1,2,3,4,5]
print(custom_shuffle(num))
