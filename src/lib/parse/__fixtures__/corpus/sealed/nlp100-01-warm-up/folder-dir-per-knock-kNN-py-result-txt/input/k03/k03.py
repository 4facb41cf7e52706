text = """\
Now I need a drink, alcoholic of course,
after the heavy lectures involving quantum mechanics.
"""
tokens = text.replace(',', '').replace('.', '').split()

lengths = []

for t in tokens:
    lengths.append(len(t))

print(lengths)
