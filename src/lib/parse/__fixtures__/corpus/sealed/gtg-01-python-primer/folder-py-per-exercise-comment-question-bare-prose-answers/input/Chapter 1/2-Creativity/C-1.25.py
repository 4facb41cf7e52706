# Return a copy of a sentence with all punctuation removed.

import string

def remove_punctuation(s):
    res = []
    for char in s:
        if char not in string.punctuation:
            res.append(char)
    return ''.join(res)
