# Adding Elements to a List
# Appending Elements to the End of a List

motorcycles = ["honda", "yamaha", "suzuki"]
print(motorcycles)

motorcycles.append("ducati")
print(motorcycles)

###################################################################
# Also works when starting from an empty list

# motorcycles = []
# motorcycles.append("honda")
# motorcycles.append("yamaha")
# motorcycles.append("suzuki")
# print(motorcycles)