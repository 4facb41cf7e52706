--[[Try the factorial example. What does your program do if you type in a negative number?
Change the example so that this problem goes away.]]--

-- a factorial function
function fact (n)
	if n == 0 then
		return 1
	else
		return n * fact(n - 1)
	end
end

print("enter a number:")
a = io.read("*n")
-- read in a number
print(fact(a))

--[[A negative number gives you a stackoverflow error, since the 
function keeps calling itself without end. The changed version is below.]]

function fact (n)
	if n == 0 then
		return 1
	elseif n < 0 then
		return "Factorials exist only for numbers that are not negative"
	else
		return n * fact(n - 1)
	end
end

print("enter a number:")
a = io.read("*n")
-- read in a number
print(fact(a))