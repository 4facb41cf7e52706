import math

number = int(input("Enter the number of series to approximate pi: "))
pi = 0

for i in range(number):
    
    pi = float()

print(pi)
    

    
