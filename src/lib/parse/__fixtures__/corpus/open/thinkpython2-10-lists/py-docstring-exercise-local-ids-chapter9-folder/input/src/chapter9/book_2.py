import random
import itertools

def nested_sum(list_of_lists):
    """
    Exercise 1
    nested_sum gets a list of lists of integers and returns the sum of the elements
    of every inner list. Like this:

    >>> t = [[1, 2], [3], [4, 5, 6]]
    >>> nested_sum(t)
    21
    """
    total = 0
    for i in list_of_lists:
        for j in i:
            total += j
    return total


assert nested_sum([[1, 2], [3], [4, 5, 6]]) == 21


def nested_sum_list_comprehension(list_of_lists: [[], ]) -> int:
    """
    Exercise 1 again, as a list comprehension
    nested_sum gets a list of lists of integers and returns the sum of the elements
    of every inner list. Like this:

    >>> t = [[1, 2], [3], [4, 5, 6]]
    >>> nested_sum(t)
    21
    """

    return sum([y for row in list_of_lists for y in row])


assert nested_sum_list_comprehension([[1, 2], [3], [4, 5, 6]]) == 21


def cumsum_list_comprehension(list_of_lists):
    """
    Exercise 2
    cumsum gets a list of numbers and returns its running total;
    a new list whose ith elneement adds up the first i+1 elements of the input. Like this:

    >>> t = [1, 2, 3]
    >>> cumsum(t)
    [1, 3, 6]
    """

    current_sum = 0
    return [current_sum := current_sum + number for number in list_of_lists]


assert cumsum_list_comprehension([1, 2, 3]) == [1, 3, 6]


def cumsum(list_of_lists):
    """
    Exercise 2
    cumsum gets a list of numbers and returns its running total;
    a new list whose ith elneement adds up the first i+1 elements of the input. Like this:

    >>> t = [1, 2, 3]
    >>> cumsum(t)
    [1, 3, 6]
    """
    cumulative_sum = []
    current_sum = 0

    for number in list_of_lists:
        current_sum += number
        cumulative_sum.append(current_sum)
    return cumulative_sum


assert cumsum([1, 2, 3]) == [1, 3, 6]


def middle(list_of_lists):
    """
    Exercise 3
    middle gets a list and returns a new list holding everything
    except the first and last elements. Like this:

    >>> t = [1, 2, 3, 4]
    >>> middle(t)
    [2, 3]
    """
    if len(list_of_lists) < 3:
        return []
    return list_of_lists[1:-1]


assert middle([1, 2, 3, 4]) == [2, 3]
assert middle([1, 2, 4]) == [2]
assert middle([1, 4]) == []


def chop(list_of_lists):
    """
    Exercise 4
    chop gets a list, changes it in place by dropping the first and last elements,
    and returns None. Like this:

    >>> t = [1, 2, 3, 4]
    >>> chop(t)
    >>> t
    [2, 3]
    """
    if len(list_of_lists) < 3:
        list_of_lists.clear()
        return
    del list_of_lists[0]
    del list_of_lists[-1]
    return None


assert chop([1, 2, 3, 4]) is None
list_of_lists = [1, 2, 3, 4]
assert chop(list_of_lists) is None
assert list_of_lists == [2, 3]

list_of_lists = [2, 3, 4]
assert chop(list_of_lists) is None
assert list_of_lists == [3]
list_of_lists = [3, 4]
assert chop(list_of_lists) is None
assert list_of_lists == []


def is_sorted(list_of_lists):
    """
    Exercise 5   is_sorted gets a list and returns True
    when it is in ascending order, False if not. Like this:
    >>> is_sorted([1, 2, 2])
    True
    >>> is_sorted(['b', 'a'])
    False
    """
    for i in range(len(list_of_lists) - 1):
        if list_of_lists[i] > list_of_lists[i + 1]:
            return False
    return True


assert is_sorted([1, 2, 3]) == True
assert is_sorted([1, 3, 2]) == False


def is_anagram(word1, word2):
    """
    Exercise 6
    Two words are anagrams when the letters of one can be reordered into the other.
    is_anagram gets two strings and returns True for anagrams.
    """
    for letter in word2:
        if letter not in word1:
            return False
    return True


def is_anagram2(str1, str2):
    # drop the spaces and lowercase everything
    str1 = str1.replace(" ", "").lower()
    str2 = str2.replace(" ", "").lower()

    # anagrams have the same letters once sorted
    return sorted(str1) == sorted(str2)


assert is_anagram("anagram", "nagaram") == True
assert is_anagram("anagram", "nagarzm") == False
assert is_anagram2("anagram", "nagaram") == True
assert is_anagram2("anagram", "nagarzm") == False


def has_duplicates(list_int):
    """
    Exercise 7
    has_duplicates gets a list and returns True
    when some element occurs more than once. The list itself must stay unchanged.
    """
    for i in list_int:
        if list_int.count(i) > 1:
            return True
    return False


assert has_duplicates([1, 2, 3, 4]) == False
assert has_duplicates([1, 2, 3, 1]) == True

"""
Exercise 8
This one is about the Birthday Paradox, explained at
http://en.wikipedia.org/wiki/Birthday_paradox.
With 23 students in a class, how likely is it that two share a birthday?
Estimate it by drawing random samples of 23 birthdays and looking for repeats.
Hint: the randint function of the random module gives random birthdays.

The author's solution is at https://thinkpython.com/code/birthday.py.
"""


def has_duplicates(birthdays):
    return len(birthdays) != len(set(birthdays))


def has_duplicates2(birthdays):
    for i in range(len(birthdays)):
        for j in range(i + 1, len(birthdays)):
            if birthdays[i] == birthdays[j]:
                return True
    return False


def generate_birthdays(num_people):
    return [random.randint(1, 365) for _ in range(num_people)]


def generate_birthdays2(num_people):
    birthdays = []
    for _ in range(num_people):
        birthdays.append(random.randint(1, 365))
    return birthdays


def birthday_paradox(num_people, num_simulations):
    duplicate_count = 0
    for _ in range(num_simulations):
        birthdays = generate_birthdays(num_people)
        if has_duplicates(birthdays):
            duplicate_count += 1

    return duplicate_count / num_simulations


num_people = 23
num_simulations = 10000
probability = birthday_paradox(num_people, num_simulations)
print(f"Chance that two of {num_people} people share a birthday: {probability:.2f}")



def binary_search(sequence, item)->int:
    begin_index = 0
    end_index = len(sequence) - 1

    while begin_index <= end_index:
        midpoint = begin_index + (end_index - begin_index) // 2
        midpoint_value = sequence[midpoint]
        if midpoint_value == item:
            return midpoint

        elif item < midpoint_value:
            end_index = midpoint - 1

        else:
            begin_index = midpoint + 1

    return None





"""
Exercise 11
Two words form a “reverse pair” when each one spells the other backwards.
Find every reverse pair in the word list.
"""


def reverse_pair(word1, word2):
    return word2 == word1[::-1]


assert reverse_pair("tiger", "gerti") == False
assert reverse_pair("tiger", "regit") == True


def search_for_reverse_pairs(words):
    reverse_pairs = []
    for word1 in words:
        for word2 in words:
            if reverse_pair(word1, word2):
                reverse_pairs.append((word1, word2))
    return reverse_pairs


assert search_for_reverse_pairs(["tiger", "gerti", "regit"]) == [("tiger", "regit"), ("regit", "tiger")]


def search_for_reverse_pairs_lc(words):
    """
    Collects every reverse pair found in a list of words.

    Each pair is two words of which one reads as the other
    backwards. A single list comprehension does the whole
    search.

    :param words: The words to look through.
    :type words: list of str
    :return: One tuple per reverse pair found.
    :rtype: list of tuple of (str, str)
    """
    return [(w, sw) for w in words for sw in words if reverse_pair(w, sw)]


assert search_for_reverse_pairs_lc(["tiger", "gerti", "regit"]) == [("tiger", "regit"), ("regit", "tiger")]

"""
Exercise 12
Two words “interlock” when alternating their letters spells a new word. So
“shoe” and “cold” interlock into “schooled”. S
An example gave the idea for this one S

Find every pair of interlocking words. Hint: do not try all pairs!
Are there words that interlock three ways, where every third letter makes a word,
 beginning at the first, second or third letter?

"""


def interlock_pair():
    interlocks = []
    try:
        with open("words.txt") as f:
            lines = f.read().splitlines()
            for line_word in lines:
                word1 = ""
                word2 = ""
                res1 = ""
                res2 = ""
                if len(line_word) > 2:
                    for i in range(len(line_word)):
                        if i % 2 == 0:
                            word1 += line_word[i]
                        else:
                            word2 += line_word[i]
                    if binary_search(lines, word1) is not None:  # binary_search gives None for a missing word
                        res1 = word1
                    if binary_search(lines, word2) is not None:
                        res2 = word2
                    if len(res1) > 0 and len(res2) > 0:
                        interlocks.append((line_word, res1, res2))
    except FileNotFoundError:
        print("Could not find 'words.txt'.")
    except IOError:
        print("Reading 'words.txt' failed.")

    return interlocks


def interlock(word_list, word):
    """True if word is two words woven together.

    word_list: list of strings
    word: string
    """
    evens = word[::2]
    odds = word[1::2]
    return binary_search(word_list, evens) and binary_search(word_list, odds)


def interlock_general(word_list, word, n=3):
    """True if word is n words woven together.

    word_list: list of strings
    word: string
    n: how many words are woven together
    """
    for i in range(n):
        inter = word[i::n]
        if not binary_search(word_list, inter):
            return False
    return True


if __name__ == '__main__':
    with open("words.txt") as f:
        word_list = f.read().splitlines()

    for word in word_list:
        if interlock(word_list, word):
            print(word, word[::2], word[1::2])

    for word in word_list:
        if interlock_general(word_list, word, 3):
            print(word, word[0::3], word[1::3], word[2::3])


    print("Interlock")
    inter = interlock_pair()
    print(inter)
    print(len(inter))

    print("Interlock")


