"""
Reinforcement
"""

# the general shape of a comprehension

# [ expression for value in iterable if condition ]

# squares = [k k for k in range(1, n+1)]
# factors = [k for k in range(1,n+1) if n % k == 0]

# [ k k for k in range(1, n+1) ] builds a list
# { k k for k in range(1, n+1) } builds a set
# ( k k for k in range(1, n+1) ) builds a generator
# { k : k k for k in range(1, n+1) } builds a dict


"""
R-1.1 Write is_multiple(n, m): return True when n equals m times some integer,
else False.
"""

def is_multiple(n, m):
    return n % m == 0

"""
R-1.2 Write is_even(k) returning True for even k, without using *, % or /.
"""

def is_even(k):
    even = True
    for i in range(k):
        even = not even
    return even

"""
R-1.3 Write minmax(data) giving the (smallest, largest) pair of a non-empty
sequence, without calling min or max.
"""

def minmax(data):
    min = data[0]
    max = data[0]

    for n in data[1:]:
        if n < min:
            min = n
        if n > max:
            max = n
    return (min, max)

"""
R-1.4 Function of a positive integer n: add up the squares of every positive
integer below n.
"""

def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

"""
R-1.5 Compute the R-1.4 sum with one comprehension passed to the built-in sum.
"""



"""
R-1.6 Function of a positive integer n: add up the squares of the odd positive
integers below n.
"""

def sum_squares_odd(n):
    total = 0
    for i in range(n):
        if i % 2 != 0:
            total += i * i
    return total


"""
R-1.7 Compute the R-1.6 sum with one comprehension passed to the built-in sum.
"""


"""
R-1.8 For a string s of length n and a negative index k (-n <= k < 0), which
index j >= 0 names the same character?
"""


"""
R-1.9 Which arguments to range produce 50, 60, 70, 80?
"""


"""
R-1.10 Which arguments to range produce 8, 6, 4, 2, 0, -2, -4, -6, -8?
"""


"""
R-1.11 Use a list comprehension to build [1, 2, 4, 8, ..., 256].
"""


"""
R-1.12 Re-implement random.choice using nothing but random.randrange.
"""


"""
Creativity
"""


"""
C-1.13 Give pseudo-code for reversing a list of n integers and compare it with
a Python function doing the same.
"""


"""
C-1.14 Decide whether a sequence of integers holds a pair of distinct numbers
whose product is odd.
"""


"""
C-1.15 Decide whether every number in a sequence is different from all the
others.
"""

def is_different(seq):
    return len(seq) == len(set(seq))

"""
C-1.16 Numbers are immutable and data[j] *= factor builds a new object, so how
does scale still change the caller's list?
"""


"""
C-1.17 If scale had been coded like the version below, would it behave
correctly?
def scale(data, factor):
for val in data:
val = factor
Give the reason either way.
"""


"""
C-1.18 Use a list comprehension to build [0, 2, 6, 12, 20, 30, 42, 56, 72,
90].
"""


"""
C-1.19 Use a list comprehension to build ['a', 'b', ..., 'z'] without typing
out the letters.
"""


"""
C-1.20 Re-implement random.shuffle using nothing but random.randint.
"""


"""
C-1.21 Read lines from standard input until EOFError, then print them in
reverse order.
"""


"""
C-1.22 Given int arrays a and b of length n, return c with c[i] = a[i] * b[i].
"""


"""
C-1.23 Write to a list at a possibly out-of-range index, catch the error and
print "Don't try buffer overflow attacks in Python!".
"""


"""
C-1.24 Count the vowels in a string.
"""


"""
C-1.25 Return a copy of a sentence with all punctuation removed.
"""


"""
C-1.26 Read integers a, b, c from the console and decide whether a+b=c, a=b-c
or a*b=c holds in that order.
"""


"""
C-1.27 Change the fastest factors generator (Section 1.8) so it yields factors
in increasing order without losing its speed.
"""


"""
C-1.28 For a vector v = (v 1 , v 2 , . . . , v n ) the p-norm is the p-th
root of the sum of the p-th powers

p
v = v 1 p + v 2 p + · · · + v n p .
With p = 2 it is the ordinary Euclidean
length, e.g. (4, 3) has length 5. Write norm so that norm(v, p) gives
the p-norm of v and norm(v) gives the Euclidean norm; v is a list of numbers.
"""


"""
Projects
"""


"""
P-1.29 Print every string that uses each of the letters c, a, t, d, o, g
exactly once.
"""


"""
P-1.30 Read an integer greater than 2 and report how many times it can be
halved before dropping below 2.
"""


"""
P-1.31 Make change: from the amount charged and the amount paid, list the
bills and coins to return, using as few as possible.
"""


"""
P-1.32 Simulate a simple console calculator that reads one number or operator
per line and shows the display after each.
"""


"""
P-1.33 Simulate a handheld calculator driven by button presses from the
console, with arithmetic and clear.
"""


"""
P-1.34 Print "I will never spam my friends again." one hundred numbered times
with eight random-looking typos.
"""


"""
P-1.35 Test the birthday paradox experimentally for n = 5, 10, 15, ..., 100
people.
"""


"""
P-1.36 Read a whitespace-separated list of words and report how often each
word occurs.
"""
