"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.25
🚩 Problem Statement:
    Return a copy of a sentence with all punctuation removed.
"""

from string import punctuation

def remove_punctuation(s):
    new_s = ''
    for letter in s:
        if letter not in punctuation:
            new_s += letter
    return new_s

print(remove_punctuation("Well, hello: isn't this (quite) odd?! Mail me at some@where.org"))