# P-1.29 Print every string that uses each of the letters c, a, t, d, o, g
# exactly once.

from typing import Dict, List


def permutate(input: str) -> None:
    """
    prints every arrangement of the characters of input

    Works recursively: it first counts how often each
    character occurs, then fills the output position by
    position, taking one available character at a time
    from the counts and putting it back afterwards, so
    every branch of choices gets explored exactly once.

    Repeated characters are handled too, and the lines
    come out in sorted (dictionary) order.

    Time complexity: O(!n) where n == len(input); with repeated
    characters it shrinks, e.g. "AABB" gives only
    !4/(!2*!2) lines
    Space complexity: O(n) where n == len(input), because results are
    printed instead of kept; keeping them all would cost O(n*!n)
    """

    # count how many times each character appears
    fTable = {}
    for c in input:
        if c in fTable:
            fTable[c] += 1
        else:
            fTable[c] = 1
    keys = sorted(fTable.keys())
    string = []
    count = []
    for key in keys:
        string.append(key)
        count.append(fTable[key])
    result = ["" for i in range(len(input))]

    permuteUtil(string, count, result, 0)


counter = 0


def permuteUtil(string: [str], count: [int], result: List[str], level: int) -> None:
    if level == len(result):
        global counter
        counter += 1
        print(counter, "".join(result))
        return
    for i in range(len(result)):
        if count[i] == 0:
            continue
        result[level] = string[i]
        count[i] -= 1
        permuteUtil(string, count, result, level+1)
        count[i] += 1


permutate("catdog")
