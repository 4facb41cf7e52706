# Avoiding Index Errors When Working with Lists 

# This fails because there is no entry at index 3
motorcycles = ["honda", "yamaha", "suzuki"]
print(motorcycles[3])

###################################################################
# The following fails too, because the list has no items

motorcycles2 = []
print(motorcycles2[-1])