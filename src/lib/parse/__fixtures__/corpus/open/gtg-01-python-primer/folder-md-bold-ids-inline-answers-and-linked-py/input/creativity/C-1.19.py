# C-1.19 Use a list comprehension to build ['a', 'b', ..., 'z'] without typing
# out the letters.

from typing import List


def englishAlphabet() -> List[str]:
    return [chr(i) for i in range(ord("a"), ord("a")+26)]


print(englishAlphabet())
