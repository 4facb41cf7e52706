# 3-6. More Guests:     A bigger dinner table has turned up, so there's room for more people. Pick three more guests to invite.
#                       
#                       - Take your program from Exercise 3-4 or 3-5. At the end, add a 'print()' call,
#                       telling everyone you've found a bigger table
#                       - Use 'insert()' to put one new guest at the start of the list.
#                       - Use 'insert()' to put one new guest in the middle of the list.
#                       - Use 'append()' to put one new guest at the end of the list.
#                       - Print a fresh round of invitations, one to each person on the list.


invite = ["Ali", "Mike", "Khabib"]
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")

print(f"\nSadly our guest {invite[1]} can not make it for dinner.\n")

invite[1] = "Beth"
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")

print("\nI have found a bigger table so more guests are invited to dinner!\n")

invite.insert(0, "Becky")
invite.insert(2, "James")
invite.insert(5, "Rodger")

print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")
print(f"{invite[3]} you are invited to dinner!")
print(f"{invite[4]} you are invited to dinner!")
print(f"{invite[5]} you are invited to dinner!")


