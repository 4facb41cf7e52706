"""Make a function avoids, given a word plus a string of banned
letters, that gives True only when none of the banned letters
shows up in the word.
Then have the program ask the user for the banned letters
and report how many words steer clear of every one of them."""

fin = open("words.txt")

def avoids(word, string):
    for char in string:
        if char in word:
            return False
    return True

def calculate_avoiding_words():
    avoiding_count = 0
    avoid_string = raw_input("What are the forbidden letters?")
    avoid_string = avoid_string.lower()

    for line in fin:
        word = line.strip()
        if avoids(word, avoid_string):
            avoiding_count += 1
    return avoiding_count