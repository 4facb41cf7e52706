# Exercise 4-3
# Use a for loop to print the numbers from 1 to 20, inclusive.

for x in range(1, 21):
    print(x)
