# Tells how far off a lightning strike is, using the time
# counted from the flash until the thunder is heard


def main():
	# Fixed values
	SPEED_OF_SOUND = 1100
	MILE_IN_FEET = 5280

	# Ask the user how many seconds passed
	time = int(input("Enter the time that elapsed between the flash" + \
						"and the sound of thunder: "))

	# The arithmetic
	distance = SPEED_OF_SOUND * time 
	miles = distance // MILE_IN_FEET
	feet = distance % MILE_IN_FEET

	# Show the answer to the user
	print("\nThe distance to the lightning strike is about", miles, "miles and", \
			feet, "feet from your current location.")


main()


