#!/usr/bin/env python3
"""
Exercise  8.5: Go through the mailbox data; whenever a line begins with
"From", split it into words. The sender is what we want, and it is the
second word of such a line.

From stephen.marquard@uct.ac.za Sat Jan 5 09:14:16 2008

Print that second word for every From line, keep a tally of the From lines
(not the From: ones) and print the tally when done.

Trimmed sample of what the run should look like:

python fromcount.py
Enter a file name: mbox-short.txt
stephen.marquard@uct.ac.za
louis@media.berkeley.edu
zqian@umich.edu

[... lines cut ...]

ray@media.berkeley.edu
cwen@iupui.edu
cwen@iupui.edu
cwen@iupui.edu
There were 27 lines in the file with From as the first word

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""


fhand = open('mbox-short.txt')
count = 0
for line in fhand:
    words = line.split()
    if len(words) < 3 or words[0] != 'From':
        continue
    print(words[1])
    count += 1
print('There were %d lines in the file with From as the first word' % count)
