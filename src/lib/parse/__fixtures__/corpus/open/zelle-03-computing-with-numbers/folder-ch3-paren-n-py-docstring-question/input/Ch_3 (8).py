"""The Gregorian epact counts the days from January 1st back to the
latest new moon before it, and it is needed to find Easter's date. It
comes from these formulas (integer arithmetic throughout): 
C= year//100
epact= (8+(C//4)- C+((8C+13)//25)+11(year%19))%30
Ask for a year with four digits and print
its epact. """

year = int(input("Enter a 4-digit year here: "))
C = year//100
epact = ( 8 + C//4 - C + ( (8 * C+13)//25 + 11 * (year%19) ) % 30)
print("Gregorian epact is for the year", year, "the" , epact, "th day")
