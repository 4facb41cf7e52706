# factorial.py
# Works out n factorial for a number n
# Shows a for loop that accumulates a result

def main():
	n = int(input("Please enter a whole number: "))
	fact = 1
	for factor in range(n,1,-1):
		fact = fact * factor
	print("The factorial of", n, "is", fact)

main()

