--[[Write a small script that prints its own name without being told it first.]]

function writeOwnName()
	print(arg[0])
end

writeOwnName()

--Works only when run with the -l option from the command line. It also has to 
--be given some arguments