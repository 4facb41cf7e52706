# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/22/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.10 Every Function:
#   Think of something you might keep in a list. You could, say, make a 
# list of mountains, rivers, countries, cities, languages, or whatever else 
# you fancy. Write a program that builds a list of those items and 
# then calls every function from this chapter at least once.

languages = [
    'c++', 'python', 
    'c', 'java',
    ]
print(f"Languages: {languages}")

# append() puts a new element at the end of the list
languages.append('html')
print(f"Using append() function: {languages}")

# insert() puts a new element at any position in the list\
languages.insert(2, 'c#')
print(f"Using insert() function: {languages}")

# del() removes an item from the list
del languages[3]
print(f"Using del() function: {languages}")

# pop() hands back the item it takes out, so you can still use it
popped_item = languages.pop(4)
print(f"Item removed using the pop() function: {popped_item}")
print(f"Using pop() function: {languages}")

# remove() takes a given value out of the list
languages.remove('c#')
print(f"Using remove() function: {languages}")

# sort() puts the the list in alphabetical order
languages.sort()
print(f"Using sort() function: {languages}")

languages = ['c++', 'python', 'java']

# the sorted() function shows the list in alphabetical order but does not 
# change the original list
print(f"List using the sorted() function: {languages}")
print(f"List without the sorted() function: {languages}")

# reverse() turns the list's order around
languages.reverse()
print(f"Using the reverse() function: {languages}")

# len() counts the items in the list
print(f"Using len() to find the length of the list: {len(languages)}")