--[[Take this expression:

(x and y and (not z)) or ((not y) and x)
Do we need the parentheses? Would you advise using them in that expression?]]

--[[No parenthesis are needed at all, thanks to operator precedence. Still, they make
the expression easier to read, so they are the better choice.]]