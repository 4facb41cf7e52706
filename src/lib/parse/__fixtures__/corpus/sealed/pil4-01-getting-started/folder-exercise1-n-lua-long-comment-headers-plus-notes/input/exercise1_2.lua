--[[

  Exercise 1.2: Load the `twice` example in two ways, once through
  the -l option and once through `dofile`. Which do you like more?

  - Each way has its place, I would say. Up to now I have mostly used the second.

--]]

