# Works out what an order costs

def main():
	COST_PER_POUND = 10.50
	SHIPPING_PER_POUND = 0.86
	SHIPPING_OVERHEAD = 1.5

	# Ask the user how many pounds to ship
	pounds = int(input("Enter the number of pounds you wish to purchase: "))

	# The arithmetic
	subtotal = pounds * COST_PER_POUND
	shipping = SHIPPING_OVERHEAD + pounds * SHIPPING_PER_POUND
	total = subtotal + shipping

	# Show the answer to the user
	print("\nThe order will cost $", round(total, 2), " in total.", sep='')


main()




