# Estimates a square root with Newton's method

import math

def main():
	# Program heading and blurb
	print("\nSquare Root Approximator\n")
	print("This program calculates the approximation of the square root of " +\
			"a number using Newton's method.")

	# Ask for the number to root, how many rounds of improvement to apply to
	# that starting 'guess', and the starting guess value
	num = int(input("\nEnter the number whose square root you'd like to calculate: "))
	n = int(input("Enter the number of times Newton's method should iterate: "))
	guess = float(input("Enter your initial guess of what the square root should be: "))


	# Apply Newton's method to get the root

	for i in range(n):
		guess = (guess + num / guess) / 2
		
	# Show the answer to the user
	print("\nThe approximate square root of ", num, " is ", guess, ".", sep="")
	print("\nThe error in this approximation is ", math.sqrt(num) - guess, ".", sep="")


main()




