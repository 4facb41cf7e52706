# Adds up the natural numbers from 1 to n

def main():
	# Program heading
	print("Sum Calculator\n")

	# Ask the user for n
	print("This program calculates the sum of the first n integers.")
	n = int(input("Enter the number: "))
	

	# Work out the total
	total = 0
	for i in range(1, n + 1):
		total = total + i
	
	
	# Show the answer to the user
	print("\nThe sum of the first ", n, " integers is ", total, ".", sep="")


main()

