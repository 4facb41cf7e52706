# Popping Items from Any Position in a List

motorcycles = ["honda", "yamaha", "suzuki"]

first_owned = motorcycles.pop(0)
print(f"The first motorcycle I owned was a {first_owned.title()}.")