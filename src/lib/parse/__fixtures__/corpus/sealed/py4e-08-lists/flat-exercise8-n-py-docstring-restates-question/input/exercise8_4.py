#!/usr/bin/env python3
"""
Exercise  8.4: Fetch the file at www.py4e.com/code3/romeo.txt

Open romeo.txt and go through it one line at a time. Break every line into a
list of words with split.

For every word, look whether it is in your list already; when it is missing,
append it.

Once the loop is over, sort the collected words alphabetically and print them.

['Arise', 'But', 'It', 'Juliet', 'Who', 'already', 'and', 'breaks', 'east',
'envious', 'fair', 'grief', 'is', 'kill', 'light', 'moon', 'pale', 'sick',
'soft', 'sun', 'the', 'through', 'what', 'window', 'with', 'yonder']

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""

my_list = []
fhand = open('romeo.txt')
for line in fhand:
    words = line.split()                # Breaks the line up into a word list
    for word in words:
        if word in my_list:
            continue                    # Skips words already seen
        my_list.append(word)            # Adds the new word
print(sorted(my_list))                  # Sorted A to Z
