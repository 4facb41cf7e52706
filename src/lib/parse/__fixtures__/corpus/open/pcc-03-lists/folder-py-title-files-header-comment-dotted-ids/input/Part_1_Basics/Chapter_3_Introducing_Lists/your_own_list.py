# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.3 Your Own List:
#   Pick your favorite way to get around, say a motorcycle or a 
# car, and build a list holding several examples. Use the list to print a 
# few statements about those items, for instance “I’d really like a Honda 
# motorcycle.”

cars = [
    'Tesla', 
    'Lexus', 
    'Chevrolet',
    ]

print(f"The first car I owned was a {cars[2]}.")
print(f"I currently drive a {cars[1]}.")
print(f"I would like to own a {cars[0]} one day.")