"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.35
🚩 Problem Statement:
    Test the birthday paradox experimentally for n = 5, 10, 15, ..., 100
    people.
"""

from random import choice
from collections import Counter

def generate_birthdays(n):
    months = [m for m in range(1,13)]
    days = [d for d in range(1,31)]
    birthdays = []

    for _ in range(n):
        m = choice(months)
        if m == 2: d = choice(days[:28])
        elif m in [1,3,5,7,10,12]: d = choice(days)
        else: d = choice(days[:30])
        birthdays.append('{}.{}'.format(d,m))

    ctr = Counter(birthdays)
    q = 0
    for v in ctr.values():
        if v>=2: q += 1
    return f'n={n}, p={q}/{n}'
    

if __name__=="__main__":
    nums = [x for x in range(5,101,5)]
    for num in nums:
        print(generate_birthdays(num), end=' | ')