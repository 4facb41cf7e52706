import numpy as np

A = np.array([[1, -3, 4], [3, -7, 7], [-4, 6, -1]]) #coefficient part
b = np.array([-4, -8, 7])

solution = np.linalg.solve(A, b)

print(solution)

# An error here means the system has no solution or infinite many solutions