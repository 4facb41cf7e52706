# 3-3. Your Own List:       Pick your favourite way of getting around, e.g. a motorcycle or a car, and build a list with several examples.
#                           Use the list to print a few statements about them, e.g. "I'd really like a Honda motorcycle."

transport = ["car", "bicycle", "penny board", "scooter"]
print(f"I would love to have my own Golf GTD {transport[0]}.")
print(f"I enjoy riding my {transport[1]} in the mountains.")
print(f"Learning to skate on a {transport[2]} was not that difficult.")
print(f"I wish i could have my own electric {transport[3]}.")