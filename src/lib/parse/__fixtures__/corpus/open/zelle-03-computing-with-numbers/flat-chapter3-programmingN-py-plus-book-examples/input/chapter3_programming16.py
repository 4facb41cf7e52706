# Finds Fibonacci number number n

def main():
	# Program heading and blurb
	print("Fibonacci Calculator\n")
	print("This program calculates the nth Fibonacci number.")


	# Ask the user how many terms to use
	n = int(input("\nEnter an integer n: "))

	# The two starting Fibonacci values
	n1 = 1
	n2 = 1

	# Build each Fibonacci value from the previous 2
	for i in range(3, n + 1):
		n1, n2 = n2, n1 + n2
		
	# Show the answer to the user
	print("\nThe Fibonacci number F(",n,") is ", n2, ".", sep="")
	

main()
