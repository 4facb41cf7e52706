--[[

  Exercise 1.7: Take this expression:

      (x and y and (not z)) or ((not y) and x)

  Do the parentheses matter? Would you advise keeping them there?


  - No, they can go: 'not' binds tightest, 'and' comes next and 'or'
    binds loosest, so the value is the same whether or not they are
    written.

  - Still, I would leave them in because they make it easier to read.

--]]

