# C-1.24 Count the vowels in a string.

import re


def countVowels(string: str) -> int:
    vowels = {"a", "e", "i", "o", "u"}
    count = 0
    for char in string.lower():
        if char in vowels:
            count += 1
    return count


def countVowelsUsingRegex(string: str) -> int:
    return len(re.findall("[aeiou]", string))


print(countVowels("Quick vowel check!"))
print(countVowels(""))
print(countVowels("brr,pfft"))
print(countVowels("ooouuu"))

print(countVowelsUsingRegex("Quick vowel check!"))
print(countVowelsUsingRegex(""))
print(countVowelsUsingRegex("brr,pfft"))
print(countVowelsUsingRegex("ooouuu"))
