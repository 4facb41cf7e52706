--[[

  Exercise 1.8: Write a small script that prints its own name
  without being told that name beforehand.

--]]

print("My name is", arg[0])  --> My name is      exercise1_8.lua
