# 3-4. Guest List:      If anyone at all could come to dinner, living or dead, who would you ask?
#                       Build a list of at least three people you would like to have over for dinner.
#                       Then go through the list and print a dinner invitation for each of them.

invite = ["Ali", "Mike", "Khabib"]
print(f"{invite[0]} you are invited to dinner!")
print(f"{invite[1]} you are invited to dinner!")
print(f"{invite[2]} you are invited to dinner!")