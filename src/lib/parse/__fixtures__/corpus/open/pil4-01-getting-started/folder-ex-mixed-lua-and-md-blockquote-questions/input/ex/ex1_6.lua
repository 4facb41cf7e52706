-- >How can you tell whether a value is Boolean without calling the function **type**?
--  In my view nil counts as a boolean too
function is_boolean_type( a )
	if a == true or a == false or a == nil then
		print(tostring(a) .. " is a boolean type")
	else
		print(tostring(a) .. " isn't a boolean type")
	end
end

--[[
test case:

$lua -i
> dofile("ex1_6.lua")
> is_boolean_type(a)
nil is a boolean type
> a = false
> is_boolean_type(a)
false is a boolean type
> a = 5
> is_boolean_type(a)
5 is't a boolean type
]]