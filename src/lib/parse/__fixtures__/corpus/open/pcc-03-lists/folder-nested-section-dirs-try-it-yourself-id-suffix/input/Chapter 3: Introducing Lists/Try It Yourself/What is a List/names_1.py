# 3-1. Names:       Keep the names of some friends in a list called names.
#                   Print every name by reaching each list element in turn, one at a time.

friends = ["James", "Joe", "Rodger", "Frank", "Tim"]
print(friends[0])
print(friends[1])
print(friends[2])
print(friends[3])
print(friends[4])