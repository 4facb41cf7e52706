s = "stressed"
print(s[::-1])
