euclid :: Int -> Int -> Int
euclid 1 _ = 1
euclid _ 1 = 1
euclid p q
  | p == q = p
  | p > q = euclid (p - q) q
  | otherwise = euclid (q - p) p
