# C-1.20 Re-implement random.shuffle using nothing but random.randint.

from typing import List
from random import randint


def myShuffle(data: List) -> List:
    for i in range(len(data)-1, 0, -1):
        j = randint(0, i)
        data[i], data[j] = data[j], data[i]


data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(data)
myShuffle(data)
print(data)
