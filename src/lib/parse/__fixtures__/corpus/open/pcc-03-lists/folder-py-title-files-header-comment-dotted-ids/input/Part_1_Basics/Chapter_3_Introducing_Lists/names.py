# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.1 Names:
#   Keep some of your friends’ names in a list called names. Print every
# friend’s name by reaching each element of the list, one at a time.

# List: an ordered collection of items.
# A list is written in square brackets [], with its elements separated by 
# commas.

names = [
    'Alex', 'Jaxon', 'Nick', 
    'Troy', 'Sam',
    ]
print(names)

# An element is reached through its position in the list
print(names[0]) 
print(names[1]) 
print(names[2]) 
print(names[3])
print(names[4])