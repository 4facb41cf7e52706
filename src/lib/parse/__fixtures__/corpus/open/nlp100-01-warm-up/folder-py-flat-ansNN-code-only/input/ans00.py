text = 'stressed'
print(text[::-1])
