""" A coffee shop charges $10.50 per pound plus shipping. Shipping
is $0.86 per pound plus a flat $1.50 overhead charge per order.
Compute what an order costs. """

pounds = (eval(input("Enter the weight of coffee what you want: ")))
print("Your total price is:", round(1.50 + pounds*1.36, 3), "$")