# Finds how big a triangle's area is
# Takes the 3 side lengths

import math

def main():
	# Program heading
	print("Ladder Length Calculator\n")

	# Ask the user for the ladder's height and angle
	height = float(input("How high must the ladder reach (in feet)? "))
	degrees = float(input("What angle do you expect the ladder sit at" + \
		"(in degrees)? "))
	

	# Work out the area
	angle_rad = degrees * math.pi / 180
	length = height / math.sin(angle_rad)


	# Show the answer to the user
	print("\nThe minimum length your ladder should be is", round(length,2), "feet.")


main()
