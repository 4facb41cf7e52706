#Exercise 3-9, built on exercise 3-7 (lines 59-60)

invites = ["giannis", "vasiliki", "maria", "michalis"]

# Print the first round of invitations
print(f"\nDear friend {invites[1].title()}, you're invited to dinner.")
print(f"Dear friend {invites[2].title()}, you're invited to dinner.")
print(f"Dear friend {invites[3].title()}, you're invited to dinner.\n")

# The guest who can't make it
print(f"{invites[0].title()} won't be able to make it to the dinner.\n")

del invites[0]
invites.insert(0, "tasos")

# Print the second round of invitations
print(f"Dear friend {invites[0].title()}, you're invited to dinner.")
print(f"Dear friend {invites[1].title()}, you're invited to dinner.")
print(f"Dear friend {invites[2].title()}, you're invited to dinner.")
print(f"Dear friend {invites[3].title()}, you're invited to dinner.\n")

# Tell everyone that i got a bigger dinner table
print("I have a big announcement to make! I found a bigger table!\n")

# Add one guest at the start, one in the middle and one at the end of the list
invites.insert(0, "Takis")
invites.insert(2, "Makis")
invites.append("Lakis")

# Print the third round of invitations
print(f"Dear friend {invites[0].title()}, you're invited to dinner.")
print(f"Dear friend {invites[1].title()}, you're invited to dinner.")
print(f"Dear friend {invites[2].title()}, you're invited to dinner.")
print(f"Dear friend {invites[3].title()}, you're invited to dinner.")
print(f"Dear friend {invites[4].title()}, you're invited to dinner.")
print(f"Dear friend {invites[5].title()}, you're invited to dinner.")
print(f"Dear friend {invites[6].title()}, you're invited to dinner.\n")

# Tell everyone there is finally room for just two guests
print("New announcement. Unfortunately, we have space for only two guests.\n")

# Take guests off the list until only two names are left
# For every person taken off the list, print a personal apology
print(f"Sorry {invites[-1].title()}, you can't come to dinner.")
invites.pop()
print(f"Sorry {invites[-1].title()}, you can't come to dinner.")
invites.pop()
print(f"Sorry {invites[-1].title()}, you can't come to dinner.")
invites.pop()
print(f"Sorry {invites[-1].title()}, you can't come to dinner.")
invites.pop()
print(f"Sorry {invites[-1].title()}, you can't come to dinner.\n")
invites.pop()

# Invite the people still on the list to dinner
print(f"{invites[0].title()}, please come to dinner.")
print(f"{invites[1].title()}, please come to dinner.\n")

# How many people i ended up inviting
print(f"Number of people invited: {len(invites)}\n")

# Delete whoever is left and show that the list is now empty
del(invites[1])
del(invites[0])
print("Invitation list:")
print(f"{invites} \n")