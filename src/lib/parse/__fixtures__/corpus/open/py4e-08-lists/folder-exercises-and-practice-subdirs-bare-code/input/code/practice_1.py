numbers = [1, 3, 4, 6, 7]
for i in range(len(numbers)):
    numbers[i] = numbers[i]*2

print(numbers)