# Finds what a square inch of a round pizza costs
# Takes the diameter and the price

import math

def main():
	# ask the user for diameter and price
	diameter = int(input("Enter the diameter of the pizza in inches: "))
	cost = float(input("Enter the cost of the pizza: "))

	radius = diameter / 2			# the formulas want the radius rather than the diameter
	area = math.pi * radius ** 2
	cost_per_sqin = cost / area

	# Show the user the cost, rounded to two decimals
	print("The cost is $", round(cost_per_sqin, 2), " per square inch.", sep='')


main()

