#Q.2
import numpy as np

x_1 = 1
x_2 = 1

matrix = np.array([[ 2, 4, -4 ],
                   [ 5, 7, 11 ]])

copy_matrix = matrix.copy()

def solve_P1_2(copy_matrix):
    
    print(f"The augmented matrix we start from:\n {copy_matrix}\n")
    print("First step: scale row 1 by 1/2 so x1 stands alone\n")
    copy_matrix[0] = (1/2) * matrix[0]
    
    
    print(f"The matrix has become:\n {copy_matrix}\n")
    
    print(f"Next a replacement on row 1 (0-indexed)")
    
    copy_matrix[1] = (-5 * copy_matrix[0]) + copy_matrix[1]
    
    print(f"This gives the triangular augmented matrix:\n {copy_matrix}\n")
    print("Scaling row 1(0-indexed) by -(1/3) hands us the value of x2 ")
    
    copy_matrix[1] = -(1/3) * copy_matrix[1]
    print(f"With that done the matrix is : \n {copy_matrix}\n")
    print("A replacement now clears the 2 out of row 0")
    
    copy_matrix[0] = (-2 * copy_matrix[1]) + copy_matrix[0]
    print(f"The matrix is then: \n{copy_matrix}\n")
    
    print(f"Final solution set: (x1 : {copy_matrix[0][2]}, x2 : {copy_matrix[1][2]})")
    
    print("Plugging the solution back in to check it")
    x_1 = copy_matrix[0][2]
    x_2 = copy_matrix[1][2]
    
    row_1_verify = (matrix[0][0] * x_1) + (matrix[0][1] * x_2)
    row_2_verify = (matrix[1][0] * x_1) + (matrix[1][1] * x_2)
    print(row_1_verify)
    print(row_2_verify)
    
    
    if row_1_verify == -4 and row_2_verify == 11:
        print("True")
    else:
        print("False")
    
    
    

solve_P1_2(copy_matrix)