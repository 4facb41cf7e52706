# Test the birthday paradox experimentally for n = 5, 10, 15, ..., 100
#  people.

dic = {}
for i in range(5, 101, 5):
    q = 1
    for j in range(i):
        q *= (365 - j) / 365
    p = 1 - q
    print(i, p)
