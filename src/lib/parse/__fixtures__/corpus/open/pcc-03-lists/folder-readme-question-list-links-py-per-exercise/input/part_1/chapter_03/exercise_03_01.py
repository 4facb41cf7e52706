# Exercise 3-1

names = ["maria", "michalis", "vasiliki", "giannis", "dimitris"]
print(names[0].title())
print(names[1].title())
print(names[2].title())
print(names[3].title())
print(names[4].title())