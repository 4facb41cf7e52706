# Index Positions Start at 0, Not 1

bicycles = ["trek", "cannondale", "redline", "specialized"]
print (bicycles[1])
print (bicycles[3]) 
print (bicycles[-1])    # Get the last element of the list