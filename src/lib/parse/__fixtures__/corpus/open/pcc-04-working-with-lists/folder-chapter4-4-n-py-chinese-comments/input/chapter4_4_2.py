animals = ['shark', 'snake', 'pigeon']
for animal in animals:
    print(f"A {animal} would make a great pet\n")

print('Any of these animals would make a great pet!')