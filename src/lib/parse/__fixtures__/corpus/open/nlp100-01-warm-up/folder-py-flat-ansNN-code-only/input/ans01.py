text = 'パタトクカシーー'
print(text[1::2])
