# Assignment 2.1
# Exercise 3.2.1
# Finding Shingles
# Author: Saurabh Biswas
# DSC550 T302

# regular expressions module
import re

sentence_3_2 = "The most effective way to represent documents as sets, for the purpose of iden-tifying" \
               " lexically similar documents is to construct from the document the set of short strings" \
               " that appear within it."

# First strip every punctuation mark, then squeeze any run of spaces down to one space.

new_sentence = re.sub('[^a-zA-Z0-9 \n]', '', sentence_3_2)  # drop punctuation marks
new_sentence = re.sub(' +', ' ', new_sentence)    # collapse repeated spaces into one

print("The opening ten 3-shingles:")

for x in range(0, 10):  # ten passes of the loop
    print(new_sentence[x:x+3])  # show one three-character shingle


