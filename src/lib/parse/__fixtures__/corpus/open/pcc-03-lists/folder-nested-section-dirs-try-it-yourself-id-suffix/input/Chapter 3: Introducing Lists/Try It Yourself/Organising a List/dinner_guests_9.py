# 3-9. Dinner Guests:       Taking one of your programs from Exercises 3-4 to 3-7,
#                           print a message with len() saying how many people your inviting to dinner.             

invite = ["Ali", "Mike", "Khabib"]
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")

print(len(invite))