text0 = 'パトカー'
text1 = 'タクシー'
ans = ''

for i in range(len(text0)):
    ans += text0[i]
    ans += text1[i]

print(ans)
