# 3-2. Greetings:   Begin with the list from Exercise 3-1, but instead of only printing every person's name, send each of them a message.
#                   Every message should have the same wording, personalised with that person's name.

friends = ["James", "Joe", "Rodger", "Frank", "Tim"]
print(f"Hello there {friends[0]} how are you doing today?")
print(f"Hello there {friends[1]} how are you doing today?")
print(f"Hello there {friends[2]} how are you doing today?")
print(f"Hello there {friends[3]} how are you doing today?")
print(f"Hello there {friends[4]} how are you doing today?")
