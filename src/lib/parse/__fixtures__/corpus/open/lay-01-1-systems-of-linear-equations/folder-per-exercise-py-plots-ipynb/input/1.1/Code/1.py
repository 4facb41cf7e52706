import numpy as np
import matplotlib.pyplot as plt

# Build the coefficient matrix and the right-hand side

A = np.array([[1, 5], [-2, -7]])  # matrix of coefficients
b = np.array([7, -5])             # right-hand side

# Let numpy solve the system

solution = np.linalg.solve(A, b)
print("Solution:", solution)  # [-8, 3]

# Draw both equations of the system

# Sample x_1 over an interval
x = np.linspace(-10, 10, 500)

# Write each equation as x_2 in terms of x_1
equation1 = (7 - x) / 5
equation2 = (2 * x - 5) / (-7)

# Draw the two lines
plt.plot(x, equation1, label='Eq 1')
plt.plot(x, equation2, label='Eq 2')

plt.xlabel(r'$x_1$')
plt.ylabel(r'$x_2$')
plt.title('Exercise 1')
plt.axhline(0, color='black', linewidth=0.5)  # the y=0 axis
plt.axvline(0, color='black', linewidth=0.5)  # the x=0 axis

# Mark where the lines cross
plt.scatter(*solution, color='green', label='Solution')

# Add a legend
plt.legend()

plt.show()
