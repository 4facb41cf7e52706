import random

text = """\
I couldn't believe that I could actually understand what I was reading :
the phenomenal power of the human mind .
"""
tokens = text.split()

for k in range(len(tokens)):
    chars = list(tokens[k])
    n = len(chars)
    if n > 3:
        while True:
            p, q = random.randint(1, n-2), random.randint(1, n-2)
            if p == q:
                break
            chars[p], chars[q] = chars[q], chars[p]
    tokens[k] = ''.join(chars)

print(' '.join(tokens))
