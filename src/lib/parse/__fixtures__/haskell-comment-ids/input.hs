-- 4.1 halve splits an even-length list in two
halve :: [a] -> ([a], [a])
halve xs = splitAt (length xs `div` 2) xs

-- 4.2 third, three ways
third :: [a] -> a
third xs = head (tail (tail xs))
