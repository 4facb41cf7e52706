# Inserting Elements into a List
motorcycles = ["honda", "yamaha", "suzuki"]

motorcycles.insert(0, "ducati")
print(motorcycles)