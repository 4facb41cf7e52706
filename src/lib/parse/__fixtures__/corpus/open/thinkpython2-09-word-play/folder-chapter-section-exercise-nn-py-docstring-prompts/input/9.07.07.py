"""Find a word holding three double letters in a row. Some words come
close and still miss. Take committee,
 c-o-m-m-i-t-t-e-e: it would do, were it not for the ‘i’ squeezed in.
 Or Mississippi: M-i-s-s-i-s-s-i-p-p-i, which works only if you drop the i’s.
One word does have three back-to-back letter pairs, and it may be the
only one the puzzle-setter knows, though there could be hundreds more he
never thought of. Which word is it?"""

def has_triple_double(word):
    for i in range(len(word) - 5):
            if word[i] == word[i + 1]:
                if word[i + 2] == word[i + 3]:
                    if word[i + 4] == word[i + 5]:
                        return True
    return False

wordlist = open("words.txt")

def find_triple_doubles():
    for line in wordlist:
        word = line.strip()
        if has_triple_double(word):
            print word

find_triple_doubles()

