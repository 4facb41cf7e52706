"""
Exercise 10
The in operator can tell whether a word is in the word list,
but slowly, since it walks through the words one after another.

The words are sorted, so a bisection search
(binary search) is faster; it works the way you look a word up in a dictionary
(the printed kind, not the data structure). Start in the middle and see whether the word you want
 comes before the middle word. If it does, search the first half the same way.
 If not, search the second half.

Each step halves what is left to search. With 113,809 words in the list
about 17 steps are enough to find the word or to know it is missing.

Write in_bisect, taking a sorted list and a target value and returning True i
f the word is in the list and False if it is not.

Or read up on the bisect module and use it! S
"""


def binary_search(sequence, item) -> (int, int):
    begin_index = 0
    end_index = len(sequence) - 1
    counter = 0
    while begin_index <= end_index:
        midpoint = begin_index + (end_index - begin_index) // 2
        midpoint_value = sequence[midpoint]
        counter += 1
        if midpoint_value == item:
            return midpoint, counter

        elif item < midpoint_value:
            end_index = midpoint - 1

        else:
            begin_index = midpoint + 1

    return None


def check_word_in_list(word: str):
    with open("words.txt") as f:
        lines = f.read().splitlines()
        return binary_search(lines, word)


if __name__ == '__main__':
    print(check_word_in_list("tiger"))
