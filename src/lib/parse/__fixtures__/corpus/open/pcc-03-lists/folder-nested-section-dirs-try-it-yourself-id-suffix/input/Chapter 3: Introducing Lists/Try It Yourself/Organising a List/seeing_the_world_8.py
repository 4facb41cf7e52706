# 3-8. Seeing the World:    Think of five or more places in the world you'd like to go to.
#                       
#                           - Keep the places in a list, and make sure that list isn't in alphabetical order.
#                           - Print the list in its original order. It needn't look tidy; printing it as a raw Python list is fine.
#                           - Use 'sorted()' to print the list alphabetically while leaving the list itself unchanged.
#                           - Print it again to show the original order is intact.
#                           - Use 'sorted()' to print the list in reverse-alphabetical order, again without touching the original order.
#                           - Print it once more to show the original order is still intact.
#                           - Use 'reverse()' to flip the list. Print it to show the order is different.
#                           - Use 'reverse()' a second time. Print it to show the original order is back.
#                           - Use 'sort()' so the list is stored alphabetically. Print it to show the order has changed.
#                           - Use 'sort()' so the list is stored in reverse-alphabetical order. Print it to show the order has changed.

countries = ["Turkey", "Japan", "Dubai", "Abu-Duabi", "Germany"]

print(countries)

print(sorted(countries))

print(countries)

countries.reverse()
print(countries)

countries.reverse()
print(countries)

countries.sort()
print(countries)

countries.sort(reverse=True)
print(countries)