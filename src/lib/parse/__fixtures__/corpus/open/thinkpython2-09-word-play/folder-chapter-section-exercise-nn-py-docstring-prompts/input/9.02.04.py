"""Make a function uses_only, given a word plus a string of letters,
that gives True when every letter of the word comes from that string."""

wordlist = open("words.txt")

def uses_only(word, string):
    for char in word:
        if char not in string:
            return False
    return True


def find_words_using_only_letters():
    uses_only_count = 0
    uses_only_string = raw_input("what are the acceptable letters?")
    for line in wordlist:
        word = line.strip()
        if uses_only(word, uses_only_string):
            print word
            uses_only_count += 1
    print uses_only_count

find_words_using_only_letters()
