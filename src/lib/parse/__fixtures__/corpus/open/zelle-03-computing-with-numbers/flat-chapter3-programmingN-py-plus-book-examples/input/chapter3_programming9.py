# Finds how big a triangle's area is
# Takes the 3 side lengths

import math

def main():
	# Program heading
	print("Triangle Area Calculator\n")

	# Ask the user for all three side lengths
	a = float(input("Enter the first side length: "))
	b = float(input("Enter the second side length: "))
	c = float(input("Enter the third side length: "))

	# Work out the area
	s = (a + b + c) / 2
	area = math.sqrt(s * (s - a) * (s - b) * (s - c))

	# Show the answer to the user
	print("\nThe area of your triangle is ", round(area,2), ".", sep="")


main()

