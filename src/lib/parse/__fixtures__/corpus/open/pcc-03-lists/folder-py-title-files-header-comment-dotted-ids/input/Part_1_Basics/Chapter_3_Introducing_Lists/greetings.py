# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.2 Greetings:
# Begin with the list from Exercise 3-1, but rather than only printing 
# each person’s name, print a message to them. Every message should use the 
# same wording, yet each should be personalized with that person’s name.

names = [
    'Alex', 'Jaxon', 'Nick', 
    'Troy', 'Sam',
    ]
print(names)

print(f"Hey {names[0]}, how is your day going?") 
print(f"{names[1]}, kickback tonight, my place, be there!")
print(f"Yooo {names[2]}, epic party!")
print(f"Hey {names[3]}, it's been a while. How are you?")
print(f"{names[4]}, were you able to finish the Python Project?")