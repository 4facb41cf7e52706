#4.1

myPizzas = ['Margarita', 'Vegetarian', '4Cheeses']

for pizza in myPizzas:
    print(pizza)

print("\n")

for pizza in myPizzas:
        print(f"{pizza} pizza is great!")

print("\nPizza is the best food ever!")
 


#4.2

animals = ['dog', 'cat', 'rabbit']

for pet in animals:
    print (f"{pet}")


animals = ['dog', 'cat', 'rabbit']

print(f"A {animals[0]} would be a loyal best friend.")
print("\n")

print(f"A {animals[1]} would leave a big mess.")
print("\n")

print(f"A {animals[2]} would brighten up any day!")
print("\n")

print(f"Any of these animals would make a great pet!")
print("\n")


#4.3 Counting to Twenty
numbers = list(range(1, 21))

for number in numbers:
    print(number)

#4.4 One Million: 
numbers = list(range(1, 1000001))

for number in numbers:
    print(number)
# (When printing drags on, hit CTRL-C or shut the output window to stop it.)


#4.5 Summing a Million: 
numbers = list(range(1, 1_000_001))

print(min(numbers))
print(max(numbers))
print(sum(numbers))


#4.6. Odd Numbers: 
Pass range() a third argument to build a list of the odd numbers
between 1 and 20. Print every number with a for loop.
numbers = list(range(1, 21))
print(numbers)


#4.7 Threes: 
threes = list(range(3, 31, 3))

for number in threes:
    print(number)

#4.8 Cubes: 
cubes = []
for number in range(1, 11):
    cube = number**3
    cubes.append(cube)

for cube in cubes:
    print(cube)


#4.9 Cube Comprehension
cubes = [number**3 for number in range(1,11)]

for cube in cubes:
    print(cube)

#4.10 Slices: 
Pick a program from this chapter and put a few more lines at its end
that do this:
Print the message The first three items in the list are:. After that
print the list's first three items with a slice.
Print the message Three items from the middle of the list are:. Show
three middle items of the list with a slice.
Print the message 

print (f"The last three items in the list are:." Show the final
three items of the list with a slice.

#4.11
myPizzas = ['Margarita', 'Vegetarian', '4Cheeses']
friend_pizzas = myPizzas[:]

myPizzas.append("vegan")
friend_pizzas.append('avo & feta')

print("My favorite pizzas are:")
for pizza in myPizzas:
    print(f"- {pizza}")

print("\nMy friend's favorite pizzas are:")
for pizza in friend_pizzas:
    print(f"- {pizza}")


#4.12 More Loops: 
To keep things short, every foods.py in this section printed without for
loops. Take one foods.py version and add two for loops that print each list of
foods.

#4.13 Buffet:

basic_menu = (
    "beyond beef burger", "veggie spring roll", "grilled cheese", "ice-cream sunday", "ice-coffee",
)

print("Pick any of the following dishes: ")
for item in basic_menu:
    print(f"- {item}")

print("\nWe have changed our menu.")

# Attempt to change one item and check that Python refuses
# it.
# Two dishes get swapped for new ones when the restaurant updates
# its menu. Write a line that reassigns the tuple, then print every
# item of the new menu with a for loop.

#4.14
# PEP 8: Read through the original PEP 8 style guide at https://python.org/dev/peps/pep-0008/. 

#4.15 Code Review:
# Take three programs you’ve written in this chapter and bring
# each one in line with PEP 8:
# Indent every level with four spaces. Make your text editor put
# in four spaces whenever you hit TAB, unless you already
# have (Appendix B explains how).
# Keep every line under 80 characters, and have your editor
# draw a vertical guide at column 80.
# Avoid piling up blank lines in your program files.