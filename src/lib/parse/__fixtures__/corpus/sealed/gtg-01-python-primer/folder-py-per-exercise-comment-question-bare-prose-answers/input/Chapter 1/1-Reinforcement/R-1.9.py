# Which arguments to range produce 50, 60, 70, 80?

range(50, range(81, 91), 10)
