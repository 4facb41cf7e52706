# Removing an Item Using the 'pop()' Method

motorcycles = ["honda", "yamaha", "suzuki"]
print(motorcycles)

popped_motorcycle = motorcycles.pop()
print(motorcycles)
print(popped_motorcycle)

###################################################################

# If the motorcycles are listed in the order they were bought, 'pop()' lets us print a sentence about the most recent one.

motorcycles = ["honda", "yamaha", "suzuki"]

last_owned = motorcycles.pop()
print(f"The last motorcycle I owned was a {last_owned.title()}.")