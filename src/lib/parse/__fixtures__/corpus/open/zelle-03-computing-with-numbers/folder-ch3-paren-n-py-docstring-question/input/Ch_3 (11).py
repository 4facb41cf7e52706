"""Add up the first n natural numbers, with n
supplied by the user."""

number = int(input("Enter then your desired number: "))
print("The sum of the", number, "first numbers is", int(number*(number+1)/2))