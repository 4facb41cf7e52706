import numpy as np
'''
Code up minimum edit distance and test it against the distances
you worked out by hand.
'''


def sub_cost(c1, c2, cost):
	if c1 == c2:
		return 0
	return cost

# substitution costs 1
def minimum_edit_distance1(str1, str2):
	rows = len(str1)
	cols = len(str2)

	# set up
	D = np.zeros(shape=(rows+1,cols+1)) # table of distances

	for row in range(1, rows+1):
		D[row, 0] = row

	for col in range(1, cols+1):
			D[0, col] = col
	
	# fill in the table

	for row in range(1, rows+1):
		for col in range(1, cols+1):

			D[row, col] = min(
				D[row-1, col] + 1,
				D[row, col-1] + 1,
				D[row-1, col-1] + sub_cost(str1[row-1], str2[col-1], 1)
			)

	return int(D[rows, cols])

# substitution costs 2
def minimum_edit_distance2(str1, str2):
	rows = len(str1)
	cols = len(str2)

	# set up
	D = np.zeros(shape=(rows+1,cols+1)) # table of distances

	for row in range(1, rows+1):
		D[row, 0] = row

	for col in range(1, cols+1):
			D[0, col] = col
	
	# fill in the table

	for row in range(1, rows+1):
		for col in range(1, cols+1):

			D[row, col] = min(
				D[row-1, col] + 1,
				D[row, col-1] + 1,
				D[row-1, col-1] + sub_cost(str1[row-1], str2[col-1], 2)
			)

	return int(D[rows, cols])
