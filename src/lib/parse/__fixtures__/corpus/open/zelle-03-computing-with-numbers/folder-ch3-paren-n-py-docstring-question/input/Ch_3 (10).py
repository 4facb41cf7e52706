"""Find how long a ladder must be to touch a given
height when propped on a house wall. The user supplies the height and the
ladder's angle"""

import math

height = float(input("Enter the height "))
angle = float(input("Enter the ladder's angle in degres "))
radians = angle*math.pi/180

length = height/math.sin(radians)

print("The length of the ladder required is:", length)