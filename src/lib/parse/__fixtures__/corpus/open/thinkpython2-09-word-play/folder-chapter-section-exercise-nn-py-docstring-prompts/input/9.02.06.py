"""Make a function is_abecedarian that gives True when a word's letters run in
alphabet order (repeated letters are allowed). How many such words does the list hold?"""

def is_abecedarian(word):
    inital_letter = word[0]
    next_letter = word[1]
    next_letter_index = 1

    while next_letter_index < next_letter:
            return False
        inital_letter = next_letter
        next_letter_index += 1
        next_letter = word[next_letter_index]
    return True


wordlist = open("words.txt")

def calculate_abecedarian():
    total_count = 0
    for word in wordlist:
        if is_abecedarian(word):
            print word,
            total_count += 1
    return total_count

calculate_abecedarian()