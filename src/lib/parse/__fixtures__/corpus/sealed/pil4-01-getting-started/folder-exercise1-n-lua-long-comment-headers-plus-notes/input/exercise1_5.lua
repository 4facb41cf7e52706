--[[

  Exercise 1.5: What is type(nil) == nil worth?
  (Lua can check it for you.) How do you account for the result?

  - The expression gives false

    'type' hands back a string every time, and a string is never equal to nil.

--]]

print(type(nil) == nil)               --> false          (a boolean)

print(type(type(nil)), type(nil))     --> string    nil  (strings, both)

print(nil)                            --> nil            (the nil value)
