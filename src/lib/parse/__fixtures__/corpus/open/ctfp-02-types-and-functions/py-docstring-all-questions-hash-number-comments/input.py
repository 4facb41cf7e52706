""" 
1. Write a higher-order function (or a function object) called memoize in
the language you like best. It accepts a pure function f as its
argument and hands back a function that acts nearly the same
as f, with one difference: the original is called only once per distinct
argument, the result is kept inside, and every later call with that
same argument simply gets the kept result back.
The memoized version can be told apart from the original by tim-
ing it. For example, memoize something that is slow to compute:
the very first call makes you wait for the answer, but each
repeated call with that same argument
should come back at once.
2. Apply memoize to the function of your standard library that you
usually call to get random numbers. Is the result still useful?
3. Many random number generators can be started from a seed.
Write a function that accepts a seed, runs the random number
generator seeded with it, and returns what comes out. Memoize that
function. Is the result still useful?
4. Which of the C++ functions below are pure? Memoize each one
and compare what repeated calls return, once memoized
and once plain.
(a) The factorial function given as an example in the chapter.
(b) std::getchar()
(c) bool f() {
        std::cout << "Hello!" << std::endl;
        return true;
    }
(d) int f(int x) {
        static int y = 0;
        y += x;
        return y;
    }
5. Count the distinct functions from Bool to Bool. Can
you write every one of them?
6. Sketch a category whose only objects are the types
Void, () (unit) and Bool, with one arrow for each pos-
sible function between those types. Put the function
names on the arrows. """

import time

# 1
def memoize(f):
    cache = {}

    def wrapper(x):
        if x not in cache:
            cache[x] = f(x)
        return cache[x]
    return wrapper

def factorial(n):
    if n == 0:
        time.sleep(2)
        return 1
    else:
        return n * factorial(n - 1)
    
memoized_factorial = memoize(factorial)

start_time = time.time()
print(memoized_factorial(5))
print(f"Execution time: {time.time() - start_time:.4f} seconds")
start_time = time.time()
print(memoized_factorial(5))
print(f"Execution time: {time.time() - start_time:.4f} seconds")
# 120
# Execution time: 5.0003 seconds
# 120
# Execution time: 0.0000 seconds

#2
import random

def my_random():
    return random.random()

print(my_random())
# 0.3795568236845458
print(my_random())
# 0.18344727668710903
memoized_random = memoize(my_random)
# print(memoized_random())
# print(memoized_random())
# TypeError: memoize.<locals>.wrapper() missing 1 required positional argument: 'x'

#3
def seeded_random(seed):
    random.seed(seed)
    return random.random()

memoized_seeded_random = memoize(seeded_random)
print(memoized_seeded_random(905))
# 0.6840807597768621
print(memoized_seeded_random(905))
# 0.6840807597768621

#4
# (a) The factorial from the chapter text.
# Pure
# (b) std::getchar()
# Impure
# (c) bool f() {
# Impure
# (d) int f(int x) {
# Impure

#5
bool_identity = lambda x: x
bool_inverse = lambda x: not x
bool_true = lambda x: True
bool_false = lambda x: False



