# quadratic.py
# Finds the real solutions of a quadratic equation.
# Shows how the math module is used.
# Warning: with no real roots this program will crash.

import math		# Brings in the math module.

def main():
	print("This program finds the real solutions to a quadratic")
	print()

	a = float(input("Enter coefficient a: "))
	b = float(input("Enter coefficient b: "))
	c = float(input("Enter coefficient c: "))

	discRoot = math.sqrt(b * b - 4 * a * c)
	root1 = (-b + discRoot) / (2 * a)
	root2 = (-b - discRoot) / (2 * a)
	
	print()
	print("\nThe solutions are:", root1, root2)

main()

