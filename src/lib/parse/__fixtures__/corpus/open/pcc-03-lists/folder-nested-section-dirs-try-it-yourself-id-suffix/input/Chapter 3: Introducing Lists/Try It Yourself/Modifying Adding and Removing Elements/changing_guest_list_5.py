# 3-5. Changing Guest List:     One of your guests has just said they can't come to dinner,
#                               so the invitations must go out again. Someone else has to be invited in their place.
#
#                               - Take your program from Exercise 3-4. At the end, add a 'print()' call,
#                               naming the guest who can't come.
#                               - Change your list so the name of the guest who can't come is replaced by the name of 
#                               the person you are inviting instead.abs
#                               - Print a second round of invitations, one to each person left on the list.

invite = ["Ali", "Mike", "Khabib"]
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")

print(f"Sadly our guest {invite[1]} can not make it for dinner.")

invite[1] = "Beth"
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")