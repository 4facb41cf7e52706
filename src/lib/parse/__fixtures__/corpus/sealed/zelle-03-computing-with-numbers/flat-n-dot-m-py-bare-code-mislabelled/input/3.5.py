import math

order = float(input("How many pounds of coffee do you order? "))

price = 10.50 * order + 0.86 * order + 1.5

print("The price is: ", price)
