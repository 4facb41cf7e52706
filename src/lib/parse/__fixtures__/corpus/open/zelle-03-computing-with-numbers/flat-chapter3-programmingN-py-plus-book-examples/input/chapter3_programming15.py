# Estimates pi

import math

def main():
	# Program heading and blurb
	print("Pi Approximator\n")
	print("This program calculates the approximation of pi based on" +\
			"approximating on infinite sum by a finite one.")

	# Ask the user how many terms to use
	n = int(input("\nEnter the number of terms of the finite sum: "))

	# Work out the total
	total = 0

	for i in range(n):
		total = total + 4 * (-1) ** i / (2 * i + 1)
		
	# Show the answer to the user
	print("\nThe approximate value of pi is ", total, ".", sep="")
	print("\nThe error in this approximation is ", math.pi - total, ".", sep="")


main()





