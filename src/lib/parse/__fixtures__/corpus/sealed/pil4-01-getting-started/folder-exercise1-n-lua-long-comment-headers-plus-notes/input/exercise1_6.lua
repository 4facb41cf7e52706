--[[

  Exercise 1.6: Without the function type, how can you tell whether
  a value is a Boolean?

--]]

-- a value equals "not not value" exactly when it is a boolean
-- negating a boolean twice gives back the very same boolean,
-- while any other kind of value turns into true or false and so differs
function isboolean(v)
  return v == not not v
end

print(isboolean(true))      --> true
print(isboolean(false))     --> true
print(isboolean(10))        --> false     (integer)
print(isboolean(10.1))      --> false     (float)
print(isboolean("string"))  --> false     (string)
print(isboolean(nil))       --> false     (nil)
print(isboolean(print))     --> false     (function)
