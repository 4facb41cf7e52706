-- the demo runs into a stack over flow when it is given a nagative numberß
-- factorial function definition
function factorial( n )
	if n < 0 then
		return "there is no factorial of a negative number"
	end
	if n == 0 then
		return 1
	else
		return n * factorial(n - 1)
	end
end

print("enter a number:")
a = io.read("*n")
print(factorial(a))