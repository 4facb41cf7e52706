# Finding the Length of a List

cars = ["bmw", "audi", "toyota", "subaru"]
print(len(cars))