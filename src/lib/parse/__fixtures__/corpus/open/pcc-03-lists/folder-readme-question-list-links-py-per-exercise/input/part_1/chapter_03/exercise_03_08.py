# Exercise 3-8

magic_places = ['santorini', 'norway', 'dubai', 'egypt', 'kastoria']

# Show the list in its default order
print(f"Default order: \n{magic_places}\n")

'''Functions that only change how the list is displayed'''
# Show the places alphabetically
print(f"Alphabetical order with sorted(): \n{sorted(magic_places)}\n")
print(f"Default order: \n{magic_places}\n")

# Show the places in reverse alphabetical order
print(f"Reverse alphabetical order with sorted('list', 'reverse=True'): \n"
      f"{sorted(magic_places, reverse=True)}\n")
print(f"Default order: \n{magic_places}\n")

'''Functions that move the list's elements around, then show the list'''
# Flip the list and show it
magic_places.reverse()
print(f"Default order after list.reverse(): \n{magic_places}\n")

# Flip the list a second time and show it
magic_places.reverse()
print(f"Default order after list.reverse() (2nd time): \n{magic_places}\n")

# Sort the list and show it
magic_places.sort()
print(f"Default order after list.sort(): \n{magic_places}\n")

# Sort the list in reverse and show it
magic_places.sort(reverse=True)
print(f"Default order after list.sort(reverse=True): \n{magic_places}\n")