# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/22/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.9 Dinner Guests:
#   Taking one of your programs from Exercises 3-4 through 3-7 (page 42), 
# print a message with len() saying how many people you’re inviting
# to dinner.

# List taken from 3-6
invites = [
    'Alex', 'Sam', 
    'Nick', 'Jaxon', 
    'Troy', 'Mark',
    ]

# len(): gives the number of items in the list
message = "There are {} on the invite list."
print(message.format(len(invites)))