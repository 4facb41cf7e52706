"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.35
🚩 Problem Statement:
    Read a whitespace-separated list of words and report how often each word
    occurs.
"""

import re

def word_appearances(sen):
    new_sen = re.findall(r'\w+', sen)
    ctr = dict()
    for word in new_sen:
        if word not in ctr: ctr[word] = 1
        else: ctr[word] += 1
    return ctr

sen = "the cat sat on the mat and the dog sat on the cat, so the mat was never sat on again. Then the dog left and the cat stayed and the mat stayed too."

print(word_appearances(sen))