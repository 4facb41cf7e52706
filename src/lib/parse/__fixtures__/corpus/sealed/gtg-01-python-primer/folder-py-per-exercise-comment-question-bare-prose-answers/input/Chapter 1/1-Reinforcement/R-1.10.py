# Which arguments to range produce 8, 6, 4, 2, 0, -2, -4, -6, -8?

range(8, -9, -2)
range(8, -10, -2)
