# C-1.15 Decide whether every number in a sequence is different from all the
# others.

from typing import List


def areDistinct(data: List[int]) -> bool:
    # A set keeps one copy of each value, so
    # pour every element of data into a set
    # and compare the two lengths. Equal lengths mean
    # no value was repeated in data
    uniqueNums = {x for x in data}
    return len(uniqueNums) == len(data)


data = [3, 4, 6, 9, 5, 4]
print(areDistinct(data))
