"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.12
🚩 Problem Statement:
    Re-implement random.choice using nothing but random.randrange.
"""

from random import randrange

if __name__ == "__main__":
    for _ in range(10):
        print(randrange(1, 10), end=', ')
