fac :: Int -> Int
fac 0 = 1
fac n
  | n > 0 = n * fac (n - 1)
  -- a negative input never hits the base case, so ghci ends up reporting it as an exception
