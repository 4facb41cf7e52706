squareSum = sum [n^2 | n <- [1..100]]

