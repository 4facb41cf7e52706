--[[Without the function type, how can you find out if a value is a Boolean?]]

--[[Use the equality operator (==) to see whether a value is a boolean
Examples follow]]

print(true == true)
print(false == false)
print("true" == true)
print(nil == false)