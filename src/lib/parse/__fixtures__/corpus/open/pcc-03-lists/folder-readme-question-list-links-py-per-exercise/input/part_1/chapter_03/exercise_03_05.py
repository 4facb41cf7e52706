# Exercise 3-5

invites = ["giannis", "vasiliki", "maria", "michalis"]

# Invitations, round one
print(f"\nDear friend {invites[1].title()}, You're invited to dinner.")
print(f"Dear friend {invites[3].title()}, You're invited to dinner.")
print(f"Dear friend {invites[2].title()}, You're invited to dinner.\n")

# The guest who can't make it
print(f"{invites[0].title()} won't be able to make it to the dinner.\n")

del invites[0]
invites.insert(0, "tasos")

# Invitations, round two
print(f"Dear friend {invites[0].title()}, you're invited to dinner.")
print(f"Dear friend {invites[1].title()}, you're invited to dinner.")
print(f"Dear friend {invites[2].title()}, you're invited to dinner.")
print(f"Dear friend {invites[3].title()}, you're invited to dinner.\n")