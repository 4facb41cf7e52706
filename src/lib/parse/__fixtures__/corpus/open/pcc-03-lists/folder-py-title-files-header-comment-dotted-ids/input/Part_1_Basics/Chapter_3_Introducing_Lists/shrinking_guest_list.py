# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.7 Shrinking Guest Lists:
#   It turns out the new dinner table won’t be delivered in time for the 
# dinner, and only two guests will fit.
#
# • Take your program from Exercise 3-6. Add a line that prints a
#   message saying only two people can be invited to dinner.
# • Use pop() to take guests off the list one by one until just two
#   names are left. Each time you pop a name off the list, print a
#   message telling that person you’re sorry they can’t come
#   to dinner.
# • Print a message to each of the two people still on the list, telling them 
#   they’re still invited.
# • Use del to take the last two names off the list so that it is
#   empty. Print the list to check that it really is empty at the 
#   end of the program.

# List taken from 3-6
invites = [
    'Alex', 'Sam', 'Nick', 
    'Jaxon', 'Troy', 'Mark',
    ]

message = "Hi everyone, it looks like the new table will not arraive on time, I can only invite two people."
print(message)

# pop(): takes an item off the list and returns it so you can keep working with it
message2 = "Hey {}, I apologize for the inconvenience but I have to remove you from the invitation list."

popped_invites = invites.pop(2)
print(message2.format(popped_invites))

popped_invites = invites.pop(1)
print(message2.format(popped_invites))

popped_invites = invites.pop(3)
print(message2.format(popped_invites))

popped_invites = invites.pop(1)
print(message2.format(popped_invites))

print(invites)

message3 = "Hey {}, You are still on the list."

print(message3.format(invites[0]))
print(message3.format(invites[1]))

del invites[0]
del invites[0]
print(invites)