""" Compute a sphere's volume and its surface area from a radius the user
types in. A few formulas you may find handy """

import math

radius = eval(input("Enter the radius of a sphere "))
print("radius = ", radius)
print ("The volume of the sphere is", 4/3 * math.pi * radius**3 )
print("Its area is", 4 * math.pi * radius**2)