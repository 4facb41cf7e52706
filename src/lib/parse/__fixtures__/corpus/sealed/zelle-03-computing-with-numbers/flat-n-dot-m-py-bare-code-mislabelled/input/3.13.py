import math

numbers = int(input("How many numbers are we going to sum? "))
sum = 0

for i in range(numbers):
    num = float(input("Enter the number: "))
    sum = sum + num

print(sum)
    

    
