# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.8 Seeing the Worl:
# Think of five or more places in the world you’d like to go to.
#
# • Keep the places in a list, making sure it isn’t in alphabetical 
#   order.
# • Print the list in its original order. It needn’t look tidy; printing
#   it as a raw Python list is fine.
# • Use sorted() to print the list alphabetically while leaving the
#   list itself unchanged.
# • Print the list again to show its original order is intact.
# • Use sorted() to print the list in reverse alphabetical order, again 
#   leaving the original order untouched.
# • Print the list once more to show its original order is still intact.
# • Use reverse() to flip the order of the list. Print it to show that
#   the order is different.
# • Use reverse() a second time. Print the list to 
#   show the original order is back.
# • Use sort() so the list is stored in alphabetical order. Print
#   it to show that the order 
#   has changed.
# • Use sort() so the list is stored in reverse alphabetical 
#   order. Print it to show that the order has changed.

locations = [
    'Bali', 'Japan', 
    'Philippines', 'Iceland',
    ]
print(locations)

# sorted(): shows the list in alphabetical order but leaves
# the original list as it is
print(sorted(locations))
print(locations)

# reverse = True makes the sort go backwards
print(sorted(locations, reverse = True))
print(locations)

# reverse() flips the order of the list
locations.reverse()
print(locations)

locations.reverse()
print(locations)

# sort() reorders the list itself alphabeticaly, or reverse alphabettical
locations.sort()
print(locations)

locations.sort(reverse = True)
print(locations)