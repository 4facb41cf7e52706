"""
Compute the mean of a run of numbers typed by
the user. Just like the last problem, begin by asking
how many numbers are coming. Remember: the mean must come out as a float,
even when every input is an int.    
"""

serie = int(input("What's your number of terms desired ?: "))
base = 0

for i in range (1, serie+1):
    increment = eval(input("Enter a number to fill the list: "))
    base = base + increment
    average = base/serie

print("The total is:", average)