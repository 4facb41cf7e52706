# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.6 More Guests:
#   A bigger dinner table has turned up, so there’s room for more people. Pick
# three more guests to invite to dinner.
#
# • Take your program from Exercise 3-4 or Exercise 3-5. Add a print() 
#   call at the end of the program telling 
#   everyone that you found a bigger dinner table.
# • Use insert() to put one new guest at the start of the list.
# • Use insert() to put one new guest in the middle of the list.
# • Use append() to put one new guest at the end of the list.
# • Print a fresh round of invitations, one to each person on the list.

# List taken from exercise 3-5
invites = [
    'Sam', 
    'Jaxon', 
    'Troy',
    ]
print(invites)

invites.insert(0, 'Alex')   
invites.insert(2, 'Nick')  
invites.append('Mark')      

print(invites)

message1 = "Hey {}, I am planning a dinner this friday, will you be able to come?"

print(message1.format(invites[0]))
print(message1.format(invites[1]))
print(message1.format(invites[2]))
print(message1.format(invites[3]))
print(message1.format(invites[4]))

message2 = "Hey everyone, I got a bigger table to accomodate all of us."
print(message2)