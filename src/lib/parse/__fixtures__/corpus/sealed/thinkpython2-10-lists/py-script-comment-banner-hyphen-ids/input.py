## ======= Think Python: Ch 10: Exercises =======

# === ex 10-1 ===
# the task, a function:
# it gets a list of lists of integers and sums every element of every inner list
# https://github.com/AllenDowney/ThinkPython2/blob/master/code/list_exercises.py

t = [[1, 2], [3], [4, 5, 6]]

numbers_t = 1, 2, 3, 4, 5, 1, 4, 5
numbers_list = [1, 2, 3, 4, 5, 6, 7, 8]
anagrams = ['listen', 'silent']


def nested_sum(t):
    total = 0
    for item in t:
        # calling sum on each item walks one inner list for us
        total += sum(item)
    return total


# print(nested_sum(t))


# === ex 10-2 ===
# running total of a list, as a new list
def cumulative_sum(t):
    total = 0
    res = []
    for x in t:
        # same as total = total + x. Fine for flat lists, not nested ones
        total += x
        res.append(total)
    return res


# print(cumulative_sum(numbers))

# === ex 10-3 ===


def middle(t):
    '''
    Gives back everything in t except its first and last elements
    t: list
    returns: new list
    '''
    # return t[:-1] # drops the LAST item and hands back what is left of the list
    # return t[-1] # hands back ONLY the final item
    # return t[1]  # hands back ONLY index 1
    # return t[0]  # hands back ONLY index 0
    return t[
        1:-1
    ]  # from index 1 up to index index -2, i.e. the list minus its first and last elements


# print(middle(numbers_t))

# === ex 10-4 ===


def chop(t: list) -> None:
    '''
    Deletes the first and last element of t
    
    gets a list
    t: list
    numbers_list: list

    returns: None
    '''
    del t[0]
    del t[-1]


# print(chop(numbers_list)) # gives none
# print(numbers_list) # shows the list after chopping

# === ex 10-5 ===


def is_sorted(t: bool) -> bool:
    '''
    Tells whether a list is in sorted order.
    
    t: list
    
    returns: Boolean
    '''
    return t == sorted(t)


# print(is_sorted(t))

# === ex 10-6 ===


def is_anagraam(word1: str or list, word2: str or list) -> bool:
    '''
    Tells whether two words are anagrams
    
    word1: string or list
    word2: string or list
    
    returns boolean
    '''
    return sorted(word1) == sorted(word2)


# print(is_anagraam('listen', 'silent'))
# print(is_anagraam('fired', 'fried'))
# print(is_anagraam('sent', 'send'))


def has_duplicates(s: str or list) -> bool:
    '''
    True is some element occurs twice or more in a sequence
    
    s: string or list
    
    returns: bool
    '''
    # work on a copy so the parameter is not modiying
    t = list(s)
    t.sort()

    # equal neighbours mean a duplicate
    for i in range(len(t) - 1):
        if t[i] == t[i + 1]:
            return True
    # no equal neighbours found, so false
    return False


print(has_duplicates('abbcd'))
print(has_duplicates('abcde'))
