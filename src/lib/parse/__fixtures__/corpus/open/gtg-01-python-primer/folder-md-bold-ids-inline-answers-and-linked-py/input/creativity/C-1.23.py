# C-1.23 Write to a list at a possibly out-of-range index, catch the error and
# print "Don't try buffer overflow attacks in Python!".

from typing import List


def throwsOutOfBoundsException(data: List):
    try:
        for i in range(len(data)+1):
            print(data[i])
    except IndexError:
        print("Don't try buffer overflow attacks in Python!")


data = [1, 3, 4, 6, 7]
throwsOutOfBoundsException(data)
