import numpy as np
import matplotlib.pyplot as plt

# The system written as two functions:
# x1 runs along the horizontal axis, x2 along the vertical one

def equation1(x1): # f(x1) = x2
    return(7/5 - x1/7)

def equation2(x1):
    return(x1/2 + 1)

# Range of x1

x1_values = np.linspace(-5, 7, 100)

# Compute the x2 values

x2_values_eq1 = equation1(x1_values)
x2_values_eq2 = equation2(x1_values)

# Let numpy find the solution:

A = np.array([[1, 5], [1, -2]]) # coefficient part
b = np.array([7, -2]) # right-hand column

intersection = np.linalg.solve(A,b)
print(intersection)

# Draw both lines

plt.plot(x1_values, x2_values_eq1, label=r'$x_1 + 5x_2 = 7$', color='#21C4F0')
plt.plot(x1_values, x2_values_eq2, label=r'$x_1 - 2x_2 = -2$', color='#21C4F0')

# Labels and and a title

plt.title('Plot 1: the two lines of Exercise 3')
plt.xlabel(r'$x_1$')
plt.ylabel(r'$x_2$')
plt.axhline(0, color='black', linewidth='0.5')
plt.axvline(0, color='black', linewidth='0.5')
plt.legend()
plt.show()
