#Q.1
'''import numpy as np

matrix = np.array([[1,5,7],[-2,-7,-5]])
origin = matrix.copy()
print(matrix)


def solveP1_1(matrix):
    
    origin[1] = (2 * origin[0]) + origin[1]
    print(f"Once the first replacement is done we have {origin}")
    
    origin[1] = (1/3) * origin[1]
    print(f"Following the second replacement step the matrix reads {origin}")
    
    print("That leaves x2 = 3, which I now plug back into the first equation")
    
    x_2 = 3
    print(f"with our varaible for x2 fixed, put it into row 0 to get x1")
      
    origin[0][1] *= x_2
    
    origin[0][2] -= origin[0][1]
    origin[0][1] = 0
    
    print(origin)
    
    print(f"Hence the solution set ought to be ({origin[0][2]},{origin[1][2]})")
    
    x_0 = origin[0][2]
    x_1 = origin[1][2]
    print(x_0)
    print(x_1)
    print(origin[0])
    print(origin[1])
    
    origin[0] = (origin[0][0] * x_0) + (5 * x_1)
    origin[1] = (origin[1][0] * x_0) - (-7 * x_1)
    
    print(origin)
    print(matrix)
    
    
    
solveP1_1(origin)
'''

import numpy as np

# The augmented matrix
matrix = np.array([[1, 5, 7], [-2, -7, -5]])

def solveP1_1(matrix):
    # Work on a copy so the original stays untouched
    origin = matrix.copy()
    print("Starting matrix:")
    print(origin)

    # Step 1: first row operation, R2 = 2*R1 + R2
    origin[1] = 2 * origin[0] + origin[1]
    print("\nResult of R2 = 2*R1 + R2:")
    print(origin)

    # Step 2: rescale row two, R2 = (1/3)*R2
    origin[1] = (1/3) * origin[1]
    print("\nResult of scaling R2 = (1/3)*R2:")
    print(origin)

    # Step 3: substitute back to get x1
    x2 = origin[1][2]
    x1 = origin[0][2] - origin[0][1] * x2
    origin[0][1] = 0  # zero out the changed entry so it reads clearly

    print("\nOnce back substitution is done:")
    print(origin)
    print(f"Solution: x1 = {x1}, x2 = {x2}")

    # Checking the answer (not required)
    print("\nCheck:")
    print(f"Row 1: {origin[0][0]}*x1 + {origin[0][1]}*x2 = {origin[0][2]}")
    print(f"Row 2: {origin[1][0]}*x1 + {origin[1][1]}*x2 = {origin[1][2]}")
    print(matrix)
    print(x1)
    print(x2)
    
    print(f"{(matrix[0][0] * x1) + (matrix[0][1] * x2)}")
    print(f"{(matrix[1][0] * x1) + (matrix[1][1] * x2)}")

# Run it
solveP1_1(matrix)
