#!/usr/bin/env python3
"""
Exercise  8.3: Redo the guarding code from the example so that it does not use
two separate if statements. Combine the tests into one compound condition with
the and operator inside a single if.

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""


fhand = open('exercise8_2.txt')
for line in fhand:
    words = line.split()
    if not (len(words) >= 3 and words[0] == 'From'):
        continue
    print(words[2])
