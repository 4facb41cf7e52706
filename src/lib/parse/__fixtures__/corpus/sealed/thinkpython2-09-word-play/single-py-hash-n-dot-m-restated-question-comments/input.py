#                                                                     #
# ---------------------- Chapter 9 Exercises ------------------------ #
#                                                                     #

# 9.1. Go through words.txt and print just the words that have 
# over 20 characters (whitespace not counted).

def ex9_1():
    fin = open('words.txt')
    output = ''

    for line in fin:
        word = line.strip()
        if len(word) > 20:
            output = output + word + ' '
    
    print('9.1. Words longer than 20 characters:', output)

# 9.2. Make a function has_no_e giving True when the word passed in 
# lacks the letter “e”. Change the earlier program so it prints just the 
# words without “e” and works out what percentage of the list has 
# no “e”. 

def has_no_e(word):
    if 'e' not in word:  # or: loop over the letters, compare each to 'e'
        return True
    return False

def ex9_2():
    fin = open('words.txt')
    count = 0
    total = 0

    for line in fin:
        word = line.strip()
        if has_no_e(word):
            # print(word)
            count += 1
        total += 1
    percent = round(count * 100 / total, 2)
    print('9.2.', percent, "% of words have an e. That makes", count, 'words!')

# 9.3. Make a function avoids that gets a word plus a string of 
# banned letters, and gives True when the word uses none 
# of the banned letters. 
# 
# Change the program to ask the user for a string of banned 
# letters, then print how many words contain none of them. Is there 
# a set of 5 banned letters that rules out the fewest 
# words?

def avoids(word, forbidden):
    for f in forbidden:      # or: loop over word, test each l against forbidden
        if f in word:
            return False
    return True


def ex9_3():
    maxsofar = 0
    while True:
        forbidden = input('9.3. Type the banned letters (or "safeword" to quit): ')
        if forbidden == 'safeword':
            break

        count = 0
        fin = open('words.txt')

        for line in fin:
            word = line.strip()
            
            if avoids(word, forbidden):
                count += 1

        if count > maxsofar:
            maxsofar = count
        print('  Total:', count, '\n  Best yet:', maxsofar)
    
# 9.4. Make a function uses_only that gets a word and a string 
# of letters, and gives True when every letter of the word is in
# that string. Can you build a sentence from just the letters acefhlo?

def uses_only(word, letters):
    for w in word:
        if w not in letters:
            return False
    return True

def ex9_4():
    fin = open('words.txt')

    word_list = []

    for line in fin:
        word = line.strip()
        if uses_only(word, 'acefhlo'):
            word_list.append(word)

    if input('9.4. Show the acefhlo word list? (y/n): ') == 'y':
        print(word_list)

# 9.5. Make a function uses_all that gets a word and a string of
# letters it must have, and gives True when each of those let-
# ters appears at least once. How many words contain every one of the
# vowels aeiou? And aeiouy? 

def uses_all(word, letters):
    for l in letters:
        if l not in word:
            return False
    return True             # or simply: return uses_only(letters, word)

def ex9_5():
    fin = open('words.txt')

    count = 0
    letters = 'aeiuoy'
    words_list = []

    for line in fin:
        word = line.strip()
        if uses_all(word, letters):
            count += 1
            words_list.append(word)
    
    print('9.5.', count, 'words contain every letter of', letters, end='. ')
    if input('List them? (y/n): ') == 'y':
        print(words_list)
    
# 9.6. Make a function is_abecedarian giving True when the 
# letters of a word come in alphabet order (doubled letters are fine).
# How many such words are there?

def is_abecedarian(word):
    word = word.lower()
    previous_w = 'a' # or word[0]

    for w in word:
        if w < previous_w:
            return False
        previous_w = w

    return True

def ex9_6():
    fin = open('words.txt')
    count = 0
    word_list = []

    for line in fin:
        word = line.strip()
        if is_abecedarian(word):
            word_list.append(word)
            count += 1

    print('9.6.', count, 'words are in alphabet order.', end=' ')
    if input('List them? (y/n): ') == 'y':
        print(word_list)

# 9.7. Find a word with three doubled letters in a row. Some words 
# nearly manage it and fail. Take the 
# word committee, c-o-m-m-i-t-t-e-e: it would work but for the ‘i’ 
# wedged in. Or Mississippi: M-i-s-s-i-s-s-ip-p-i, fine if you 
# could drop the i’s. One word does have three 
# letter pairs back to back, and as far as the puzzle-setter knows it may 
# be the only one. There could well be hundreds more, but he can only 
# name one. Which word is it?

def three_in_row(word):
    i = 0

    while i < len(word) - 5:
        if word[i] == word[i+1]:
            if word[i+2] == word[i+3]:
                if word[i+4] == word[i+5]:
                    return True            
        i += 1

    return False

def is_triple_double(word):
    """Book's solution: checks whether a word has three doubled letters in a row.
    
    word: string

    returns: bool
    """
    i = 0
    count = 0
    while i < len(word)-1:
        if word[i] == word[i+1]:
            count = count + 1
            if count == 3:
                return True
            i = i + 2
        else:
            count = 0
            i = i + 1
    return False

def ex9_7():
    fin = open('words.txt')

    for line in fin:
        word = line.strip()
        if three_in_row(word):
            print(word)
    

# 9.8. “Driving on the highway the other day, I glanced down at 
# my odometer. It shows six digits, like most, counting whole
# miles only, so at 300,000 miles it would read 3-0-0-0-0-0.
#
# “The reading I saw was a curious one. Its final 
# 4 digits made a palindrome, the same read either way. 
# For instance 5-4-4-5 is one, so it might have shown 3-1-5-4-4-5. 
# 
# “A mile on, the final 5 digits were a palindrome, say 
# 3-6-5-4-5-6. Another mile on, the 4 middle digits of the 6 
# made one. And, get this, a mile after that all 6 did! 
# 
# “So what did the odometer say when I first looked?” 
#
# Write Python that runs through every six-digit number and prints 
# the ones that meet all of these conditions

def has_palindrome():
    return False

def check(i):
    return False

def check_all():
    return False

def is_palindromic(string):
    i = 0
    j = len(string) - 1

    while i < j:
        if string[i] != string[j]:
            return False
        i += 1
        j -= 1
    return True

def ex9_8():
    for i in range(100000, 999996):
        if is_palindromic(str(i)[2:]):
            if is_palindromic(str(i+1)[1:]):
                if is_palindromic(str(i+2)[1:5]):
                    if is_palindromic(str(i+3)):
                        print(i)

# 9.9. “Visiting my mom lately, we noticed that flipping the two 
# digits of my age gives her age. So if 
# she’s 73, I’m 37. We wondered how many times that has held over the 
# years, but the talk drifted and we never worked it out.
#	
# “At home I found that our ages had been digit-flips 
# six times up to now. I also found that with some luck it 
# would recur in a few years, and with real luck 
# once more after that. That would make it 
# 8 times altogether. So how old am I now?”
#
# Write Python that searches for answers to this puzzle. 
# Tip: the string method zfill may help.

def reverse_check(age1, age2):
    if age1 == age2[1]+age2[0]:
        return True
    return False

def check_one_age_gap(age1, age2):
    count = 0

    while age2 < 100:
        age1_str = str(age1).zfill(2)
        age2_str = str(age2).zfill(2)
        if reverse_check(age1_str, age2_str):
            count  += 1
        
        age1 += 1
        age2 += 1
    
    return count

def check_all_gaps(num_reversals):
    age1 = 0
    age2 = 16
    while age2 < 100:
        reversals = check_one_age_gap(age1, age2)
        if reversals == num_reversals:
            output = age2

        age2 += 1
    return output

def ex9_9():
    age1 = 0
    age2 = check_all_gaps(8)
    age_gap = age2
    count = 0

    while age2 < 100:
        age1_str = str(age1).zfill(2)
        age2_str = str(age2).zfill(2)
        if reverse_check(age1_str, age2_str):
            count  += 1
        if count == 6:
            age1_lower = age1
        if count == 7:
            age1_upper = age1
        age1 += 1
        age2 += 1

    print('The child is aged between', age1_lower, 'and', age1_upper)
    print('The mother is', age_gap, 'years older.')


ex9_1()
ex9_2()
ex9_3()
ex9_4()
ex9_5()
ex9_6()
ex9_7()
ex9_8()
ex9_9()


# TODO: tidy up what ex7-ex9 print
# TODO: wrap ex7 and ex8 up more cleanly
# TODO: let ex9 allow for two chances in a year
