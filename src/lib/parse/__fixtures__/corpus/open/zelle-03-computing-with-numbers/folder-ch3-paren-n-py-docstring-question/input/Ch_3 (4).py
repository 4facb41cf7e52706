""" Tell how far away a lightning strike is from the seconds counted
between seeing the flash and hearing the thunder. Sound moves at
roughly 1100 ft/sec and a mile is 5280 ft """

time = eval(input("Time between a flash and the sound of thunder: "))
distance = time*1100
miles = distance//5280
print("Distance is:", miles , "miles and", distance-miles*5280 , "feets")