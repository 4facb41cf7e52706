# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.5 Changing Guest List:
#   One of your guests has just said they can’t come to dinner, so a new 
# round of invitations has to go out. You’ll need to think of someone else to 
# invite.
#
# • Take your program from Exercise 3-4. At the end, add a print() call 
#   naming the guest who can’t come.
# • Change the list so the name of the guest who can’t come is replaced by 
#   the name of the person you’re inviting instead.
# • Print a second round of invitations, one to each person still 
#   on the list.

# List taken from 3-4
invites = [
    'Sam', 
    'Jaxon', 
    'Troy',
    ]
print(invites)

# del: takes an item out of the list
del invites[0]
print(invites)

# append puts a new element at the end of the list
invites.append('Alex')
print(invites)

message = "Hey {}, dinner Friday. Are you able to make it?"

print(message.format(invites[0]))
print(message.format(invites[1]))
print(message.format(invites[2]))