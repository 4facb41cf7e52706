import numpy as np
import matplotlib.pyplot as plt

# x values used for plotting
x = np.linspace(0, 15, 100)

# The two lines solved for x_2
equation1 = (-4 - 2 * x) / 4
equation2 = (11 - 5 * x) / 7

# matrix of coefficients and right-hand side of the linear system
A = np.array([[2, 4], [5, 7]])  # matrix of coefficients
b = np.array([-4, 11])          # right-hand side

# Solving the linear system gives the crossing point
solution = np.linalg.solve(A, b)
print("Intersection point:", solution)

# Mark the crossing point
plt.scatter(*solution, color='red', label=f'Solution ({round(solution[0])}, {round(solution[1])})')

# Draw the two lines
plt.plot(x, equation1, label=r'$x_1$')
plt.plot(x, equation2, label=r'$x_2$')

# Axis labels and axis lines
plt.xlabel(r'$x_1$')
plt.ylabel(r'$x_2$')
plt.axhline(0, color='black', linewidth=0.5)
plt.axvline(0, color='black', linewidth=0.5)

# Legend, then show the figure
plt.legend()
plt.show()
