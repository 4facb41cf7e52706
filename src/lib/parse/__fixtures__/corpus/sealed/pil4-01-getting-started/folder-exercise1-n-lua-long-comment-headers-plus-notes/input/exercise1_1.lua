#!/usr/bin/env lua

--[[

  Exercise 1.1: Try the factorial example. What does your program do when
  it gets a negative number? Change the example so this cannot happen.

  - A negative input ends in a stack overflow error, because the recursion
    never reaches its base case.

lua: ./fact.lua:8: stack overflow
stack traceback:
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ...
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:8: in function 'fact'
        ./fact.lua:14: in main chunk
        [C]: in ?

  - Repaired with an assert that checks the argument really is a number,
    an integer, and not below 0, before the function recurses

--]]

-- repaired factorial function
function fact (n)
  assert(type(n)=="number" and
         math.type(n) == "integer" and
         n >= 0, "need an integer that is 0 or more")
  if n == 0 then
    return 1
  else
    return n * fact(n - 1)
  end
end

print("enter a number:")
a = io.read("*n") -- reads a number
print(fact(a))
