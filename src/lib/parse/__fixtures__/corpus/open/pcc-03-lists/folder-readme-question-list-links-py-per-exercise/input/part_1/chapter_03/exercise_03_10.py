# Exercise 3-10

# Fill a list with items and show it
favorite_foods = ['pizza', 'burger', 'gyros', 'crepe', 'cake', 'pancakes', 
'steak']
print(f"Default list: \n{favorite_foods}\n")

# Add coffeccino at the end of the list
favorite_foods.append('coffeccino')
print(f"Using 'list.append('coffeccino')': \n{favorite_foods} \n")

# Put squid in the fourth position of the list
favorite_foods.insert(3, 'squid')
print(f"Using 'list.insert(3, 'squid')': \n{favorite_foods} \n")

# Delete the list's fourth element
del favorite_foods[3]
print(f"Using 'del list[3]': \n{favorite_foods} \n")

# Pop the sixth element and keep it as a second list
# Show the two lists
not_favorite_foods = favorite_foods.pop(5)
print("Using 'second_list = list.pop(5)': ")
print(f"Original list: {favorite_foods} ")
print(f"Second list: {not_favorite_foods} \n")

# Remove a list element by its value
favorite_foods.remove('coffeccino')
print(f"Using 'list.remove('coffeccino')': \n{favorite_foods} \n")

# Remove an element through a variable that holds its value
too_casual = 'steak'
favorite_foods.remove(too_casual)
print("Created a variable 'too_casual = 'steak'' ")
print(f"Used 'list.remove(too_casual)': \n{favorite_foods} \n")

# Show the list alphabetically without modifying it
# Show the list in its default order once more, to prove it is unchanged
print("Using 'print(sorted(list))': ")
print(f"{sorted(favorite_foods)} \n")
print("Display default list to show nothing has changed: ")
print(f"{favorite_foods} \n")

# Show the list in reverse alphabetical order without modifying it
# Show the list in its default order once more, to prove it is unchanged
print("Using 'print(sorted(list, reverse=True))': ")
print(f"{sorted(favorite_foods, reverse=True)} \n")
print("Display default list to show nothing has changed: ")
print(f"{favorite_foods} \n")

# Flip the list and print it
favorite_foods.reverse()
print(f"Using 'list.reverse()': \n{favorite_foods} \n")

# Reverse the (already reversed) list back and show it
favorite_foods.reverse()
print(f"Using 'list.reverse()' again: \n{favorite_foods} \n")

# Sort the list alphabetically and print it
favorite_foods.sort()
print(f"Using 'list.sort()': \n{favorite_foods} \n")

# Sort the list reverse-alphabetically and print it
favorite_foods.sort(reverse=True)
print(f"Using 'list.sort(reverse=True): \n{favorite_foods} \n")

# Print how many elements the list has
print(f"Using 'len(list)': \n{len(favorite_foods)} \n")