# Sorting a List Permanently with the 'sort()' Method

cars = ["bmw", "audi", "toyota", "subaru"]
cars.sort()
print(cars)

###################################################################

# The same again, this time reverse-alphabetical

cars = ["bmw", "audi", "toyota", "subaru"]
cars.sort(reverse=True)
print(cars)