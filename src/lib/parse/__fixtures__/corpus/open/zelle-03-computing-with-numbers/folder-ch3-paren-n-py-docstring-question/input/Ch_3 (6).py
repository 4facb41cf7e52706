""" A point in the plane is given as (x1,y1) and another as
(x2,y2). Compute the slope of the line joining the two
(non-vertical) points the user enters. """

x1 = (float(input("Enter x1 coordinates: ")))
y1 = (float(input("Enter y1 coordinates: ")))
x2 = (float(input("Enter x2 coordinates: ")))
y2 = (float(input("Enter y2 coordinates: ")))

print("The slope of the line is", (y2-y1)/(x2/x1))

