--[[Load the twice example once with the -l option and once with dofile.
Which of the two do you like better?]]

--[[ Either one works, but my choice is loading the file with dofile, because you can call
it whenever you like once the interpreter is running.]]

function norm (x, y)
	return math.sqrt(x^2 + y^2)
end

function twice (x)
	return 2.0 * x
end