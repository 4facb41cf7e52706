def generate_text(x, y, z):
    return f'{x}時の{y}は{z}'


x = 12
y = '気温'
z = 22.4
print(generate_text(x, y, z))
