"""Read through words.txt and show just the words that are longer
than 20 characters (whitespace does not count)."""


fin = open("words.txt")

for line in fin:
    word = line.strip()
    if len(word) > 20:
        print word
