# Exercise 4: Collect every distinct word from a file

fname = input("Enter file name: ")
fhand = open(fname)
unique_words = list()

for line in fhand:
    words = line.split()
    for word in words:
        if word not in unique_words:
            unique_words.append(word)

# Put the distinct words in order
unique_words.sort()
print(unique_words)

fhand.close()

