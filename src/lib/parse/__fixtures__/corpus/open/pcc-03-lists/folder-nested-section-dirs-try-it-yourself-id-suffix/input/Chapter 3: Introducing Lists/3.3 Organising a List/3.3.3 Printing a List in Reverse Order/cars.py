# Printing a List in Reverse Order

cars = ["bmw", "audi", "toyota", "subaru"]
print(cars)

cars.reverse()
print(cars)