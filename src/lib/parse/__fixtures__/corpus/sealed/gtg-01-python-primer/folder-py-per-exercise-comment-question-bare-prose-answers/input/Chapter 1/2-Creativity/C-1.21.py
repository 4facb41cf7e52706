# Read lines from standard input until EOFError, then print them in reverse
#  order.

l = list()
while True:
    tmp = input()
    l.append(tmp)
    if EOFError:
        break

l.reverse()
for line in l:
    print(line)

# lines = []
# while True:
#     try:
#         single = input()
#         lines.append(single)
#     except EOFError:
#         break
#
# print('\n'.join(reversed(lines)))
