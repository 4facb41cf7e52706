# Exercise 3-6

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