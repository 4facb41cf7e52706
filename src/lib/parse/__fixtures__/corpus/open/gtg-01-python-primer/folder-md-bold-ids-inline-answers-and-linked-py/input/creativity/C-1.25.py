# C-1.25 Return a copy of a sentence with all punctuation removed.

import re


def removePunctuation(string: str) -> str:
    return "".join((char for char in string
                    if (char >= "A" and char <= "Z") or
                    (char >= "a" and char <= "z") or
                    (char >= "0" and char <= "9") or char == " "))


print(removePunctuation("Wait, isn't this just a small sample?"))
print(removePunctuation(
    "Yes: commas, colons; and marks like these get stripped away!"))


def removePunctuationRegexVersion(string: str) -> str:
    return re.sub("[^a-zA-Z0-9 ]", "", string)


print(removePunctuationRegexVersion("Wait, isn't this just a small sample?"))
print(removePunctuationRegexVersion(
    "Yes: commas, colons; and marks like these get stripped away!"))
