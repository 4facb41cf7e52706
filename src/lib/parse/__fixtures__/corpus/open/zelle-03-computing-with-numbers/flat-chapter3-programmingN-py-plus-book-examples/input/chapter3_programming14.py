# Finds the mean of a run of numbers the user types


def main():
	# Program heading
	print("Average of Arbitrary List Calculator\n")
	print("This program calculates the average of a list of numbers.")

	# Ask the user how many values there are
	n = int(input("\nEnter the number of numbers to be averaged: "))

	# Work out the total
	total = 0

	for i in range(1, n + 1):
		number = float(input("Enter the number: "))
		total += number 
		average = total / n
		
	
	# Show the answer to the user
	print("\nThe sum of your numbers is ", average, ".", sep="")


main()

