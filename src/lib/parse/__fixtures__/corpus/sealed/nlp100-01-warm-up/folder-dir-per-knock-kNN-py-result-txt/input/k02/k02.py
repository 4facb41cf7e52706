a = "パトカー"
b = "タクシー"
for k in range(4):
    print(a[k], end="")
    print(b[k], end="")
print("")
