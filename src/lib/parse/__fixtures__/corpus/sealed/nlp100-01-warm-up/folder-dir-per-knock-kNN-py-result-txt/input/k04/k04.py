text = """\
Hi He Lied Because Boron Could Not Oxidize Fluorine.
New Nations Might Also Sign Peace Security Clause. Arthur King Can.
"""
tokens = text.replace(',', '').replace('.', '').split()

table = {}
one_letter = [1, 5, 6, 7, 8, 9, 15, 16, 19]
pos = 1

for t in tokens:
    if pos in one_letter:
        table[t] = t[:1]
    else:
        table[t] = t[:2]
    pos += 1

print(table)
