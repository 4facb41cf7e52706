# What is a List

bicycles = ["trek", "cannondale", "redline", "specialized"]
print (bicycles) 