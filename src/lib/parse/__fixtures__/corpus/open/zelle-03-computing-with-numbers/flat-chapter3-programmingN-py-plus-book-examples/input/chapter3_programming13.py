# Totals a run of numbers

def main():
	# Program heading
	print("Sum of Arbitrary List Calculator\n")
	print("This program calculates the sum of a list of numbers.")

	# Ask the user how many values there are
	n = int(input("\nEnter the number of numbers to be summed: "))

	# Work out the total
	total = 0

	for i in range(1, n + 1):
		number = float(input("Enter the number: "))
		total += number 
		
	
	# Show the answer to the user
	print("\nThe sum of your numbers is ", total, ".", sep="")


main()

