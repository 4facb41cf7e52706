"""Make a function has_no_e that gives True when the word passed in
contains no letter “e” at all.

Change the earlier program so it shows only the words lacking an “e”
and works out what share of the list, as a percentage, is free of “e.”"""

fin = open("words.txt")

def has_no_e():
    total_count = 0
    no_e_count = 0

    for line in fin:
        word = line.strip()
        if "e" not in word:
            no_e_count += 1
            print word
        total_count += 1

    no_e_percentage = float(no_e_count) / total_count * 100
    return no_e_percentage

#or, possibly nearer to what Downey meant by asking for
#“a function has_no_e that gives True when the word passed in contains
# no letter “e” at all.” Splitting it into two named functions feels
# like a better fit for that wording, to me.


fin = open("words.txt")

def has_no_e(word):
    return "e" not in word

def calculate_no_e_percentage():
    total_count = 0
    no_e_count = 0

    for line in fin:
        word = line.strip()
        if has_no_e(word):
            no_e_count += 1
            print word
        total_count += 1

    no_e_percentage = float(no_e_count) / total_count * 100
    return no_e_percentage

print calculate_no_e_percentage()