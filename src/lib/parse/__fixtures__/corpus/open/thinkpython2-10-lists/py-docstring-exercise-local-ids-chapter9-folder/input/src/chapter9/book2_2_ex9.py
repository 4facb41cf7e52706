"""
Exercise 9
Read words.txt into a list holding one element per word.
 Do it twice, once with the append method and once with the idiom t = t + [x].
 Which version is slower, and why?

Elapsed time: 0.01 seconds
Elapsed time: 8.34 seconds
"""
import time


def read_words() -> [str]:
    words = []
    with open("words.txt", encoding='utf-8') as file:
        for line in file:
            word = line.strip()
            words.append(word)
        return words


start_time = time.perf_counter()
assert len(read_words()) == 113783
end_time = time.perf_counter()

elapsed_time = end_time - start_time
print(f"Elapsed time: {elapsed_time:.2f} seconds")


def read_words_lc() -> [str]:
    with open("words.txt", encoding='utf-8') as file:
        return [word.strip() for word in file]


start_time = time.perf_counter()
assert len(read_words_lc()) == 113783
end_time = time.perf_counter()

elapsed_time = end_time - start_time
print(f"Elapsed time: {elapsed_time:.2f} seconds")


def read_words2() -> [str]:
    words = []
    for line in open('words.txt', encoding='utf-8'):
        word = line.strip()
        words = words + [word]
    return words


start_time = time.perf_counter()
assert len(read_words2()) == 113783
end_time = time.perf_counter()

elapsed_time = end_time - start_time
print(f"Elapsed time: {elapsed_time:.2f} seconds")

def total_length(words: []) -> int:
    return sum([len(x) for x in words])


#15.5
def read_words() -> []:
    """
    Loads the words of "words.txt" into a list.

    "words.txt" is opened and its text is split into lines,
    one word per line. The words come back as a list
    of strings.

    Returns:
        list of str: every word of the file, one word
        per element of the list.
    """
    with open("words.txt", encoding='utf-8') as f:
        return f.read().splitlines()


assert total_length(read_words()) == 902728

