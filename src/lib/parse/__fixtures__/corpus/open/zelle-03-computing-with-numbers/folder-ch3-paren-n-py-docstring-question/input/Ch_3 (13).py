"""
Add together a run of numbers typed by the user. Start by
asking how many numbers there will be. Then ask for
each one in turn, and once all of them are in, print
the grand total. Tip: put the input call inside the loop
"""

serie = int(input("What's your number of terms desired ?: "))
base = 0

for i in range (1, serie+1):
    increment = eval(input("Enter a number to fill the list: "))
    base = base + increment

print("The total is:", base)