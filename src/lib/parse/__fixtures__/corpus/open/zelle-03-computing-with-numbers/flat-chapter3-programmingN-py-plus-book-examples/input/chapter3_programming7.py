# Finds how far apart two points are

import math

def main():
	# Program heading
	print("Distance Calculator")

	#Ask the user for both points' coordinates
	print("To enter the coordinates of the point (x1, y1) you will need to " +\
		"type the coordinates without the parantheses seperated by a comma. " +\
		"Example: to input the coordinates of the point (2,3), you would " +\
		"just type 2, 3.")
	x1, y1 = eval(input("\nEnter the coordinates of the first point: "))
	
	x2, y2 = eval(input("\nEnter the coordinates of the second point: "))

	# Work out the distance
	distance = math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)

	# Show the answer to the user
	print("The distance between the points is: ", distance, ".", sep='')

main()
