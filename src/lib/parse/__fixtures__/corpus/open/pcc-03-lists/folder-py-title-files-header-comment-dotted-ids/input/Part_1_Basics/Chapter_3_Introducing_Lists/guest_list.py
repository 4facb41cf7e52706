# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.4 Guest List:
#   If anyone at all could come to dinner, living or dead, whom would you 
# ask? Build a list with at least three people you’d like to have over 
# for dinner. Then go through the list and print each person an invitation 
# to dinner.

invites = [
    'Sam', 
    'Jaxon', 
    'Troy',
    ]

message = "{}, were having dinner on friday, be there?"

print(message.format(invites[0]))
print(message.format(invites[1]))
print(message.format(invites[2]))