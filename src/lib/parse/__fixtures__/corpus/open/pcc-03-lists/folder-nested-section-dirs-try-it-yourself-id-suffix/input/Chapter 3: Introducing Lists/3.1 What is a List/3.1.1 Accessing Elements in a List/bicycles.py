# Accessing Elements in a List

bicycles = ["trek", "cannondale", "redline", "specialized"]
print (bicycles[0].title()) 