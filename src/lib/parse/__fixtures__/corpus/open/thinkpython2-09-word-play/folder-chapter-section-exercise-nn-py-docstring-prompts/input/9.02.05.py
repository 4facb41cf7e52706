"""Make a function uses_all, given a word plus a string of letters it must have,
that gives True when each of those letters turns up in the word one or more times.
How many words contain every vowel in aeiou? And every letter in aeiouy?"""

def uses_all(word, string):
    for char in string:
        if char not in word:
            return False
    return True

wordlist = open("words.txt")

def find_words_using_req_letters():
    using_req_letters = 0
    req_letters = raw_input("What are the required letters?")
    req_letters = req_letters.lower()

    for line in wordlist:
        word = line.strip()
        if uses_all(word, req_letters):
            print word
            using_req_letters += 1
    return using_req_letters

find_words_using_req_letters()

