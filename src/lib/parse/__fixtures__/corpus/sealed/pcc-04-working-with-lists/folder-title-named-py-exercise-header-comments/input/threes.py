# Exercise 4-7:
# Make a list of the multiples of 3 from 3 to 30. Use a for loop to print the
# numbers in your list.

multiples_of_three = list(range(3, 31, 3))

for number in multiples_of_three:
    print(number)
