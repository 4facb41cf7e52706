"""
The math library already has a square-root function. Here you
build your own square-root routine instead. A simple idea
is guess-and-check: pick a guess for the square
root, see how far off it is, use that to make a
better guess, and keep going until you
reach the root (or get close enough). A very
good way to improve guesses is Newton's method. Let x be the
number whose root we want and guess be the current estimate. A
better estimate is:
(guess + x/guess)/2
Implement Newton's method. Ask the user
for the number x to take the root of and
how many times to refine the guess. Begin with a guess
of x/2, loop that many times applying
Newton's method, and print the last guess. Also
subtract your estimate from math.sqrt (x) to show how near
it is.
"""
import math

x = float(input("Your number please: "))
y = int(input("Your desired number of iterations: "))
guess = x/2

for i in range(y):
    guess = (guess + x/guess)/2

print("guess =",guess)
print("the gap with math.sqrt's result is about", math.sqrt(x)-guess )