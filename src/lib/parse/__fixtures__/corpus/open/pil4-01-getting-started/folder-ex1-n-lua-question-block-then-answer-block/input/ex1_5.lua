--[[What does the expression type(nil) == nil give? (Lua can check your
answer.) How do you explain it?]]--

type(nil) == nil

--[[It gives false. Whatever type returns is a string, every time.]]