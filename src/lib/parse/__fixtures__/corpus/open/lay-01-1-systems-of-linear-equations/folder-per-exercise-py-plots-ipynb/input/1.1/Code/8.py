import numpy as np
import matplotlib.pyplot as plt

# The numbers in front of x, y, z in each equation

a1, b1, c1, d1 = 1, -4, 9, 0
a2, b2, c2, d2 = 0, 1, 7, 0
a3, b3, c3, d3 = 0, 0, 2, 0

# Sample x and y, then turn them into a meshgrid

x = np.linspace(-5, 5, 100)
y = np.linspace(-5, 5, 100)

xx, yy = np.meshgrid(x, y)

# Each plane ax + by + cz = d  ->  solved for z  ->  z = (d - ax - by)/c

z1 = (d1 - a1 * xx - b1 * yy)/c1
z2 = (d2 - a2 * xx - b2 * yy)/c2
z3 = (d3 - a3 * xx - b2 * yy)/c3

# A figure with a 3D axes to hold the planes

fig = plt.figure()

ax = fig.add_subplot(111, projection='3d')

# Put the three surfaces on the axes

ax.plot_surface(xx, yy, z1, alpha = 0.5, color='b')
ax.plot_surface(xx, yy, z2, alpha = 0.5, color ='g')
ax.plot_surface(xx, yy, z3, alpha = 0.5, color='r')

# Turn the camera a little 

ax.view_init(elev=20, azim=30)  # tweak elev and azim if needed

# Solve the system exactly
A = np.array([[a1, b1, c1], [a2, b2, c2], [a3, b3, c3]])  # coefficient part
b = np.array([d1, d2, d3])  # right-hand column
intersection = np.linalg.solve(A, b)

# Dummy markers so the legend can show the planes
legend1_symbol = plt.Line2D([0], [0], linestyle="none", c='b', marker='o')
legend2_symbol = plt.Line2D([0], [0], linestyle="none", c='r', marker='o')
legend3_symbol = plt.Line2D([0], [0], linestyle="none", c='g', marker='o')

# Plot the common point (the solution)
intersection_point = ax.scatter(*intersection, color='purple', label='Intersection Point')

# Legend
ax.legend([legend1_symbol, legend2_symbol, legend3_symbol, intersection_point],['Plane 1', 'Plane 2', 'Plane 3', 'Intersection point'], loc='upper right')

# Title and axis names
ax.set_title('Exercise 8')
ax.set_xlabel('x')
ax.set_ylabel('y')
ax.set_zlabel('z')

# Display
plt.show()