#!/usr/bin/env python3
"""
Exercise  8.2: Work out which statement in the earlier program still lacks a
proper guard. Build a text file that makes the program crash, then change the
program so that statement is guarded, and run it again on your new file to be
sure it copes.

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""


fhand = open('exercise8_2.txt')
for line in fhand:
    words = line.split()

    if len(words) < 3:
        continue
    if words[0] != 'From':
        continue
    print(words[2])
