s1 = "paraparaparadise"
s2 = "paragraph"
tokens1 = s1.split()
tokens2 = s2.split()

def n_gram(seq, kind):
    grams = []
    if kind == 'char':
        for t in seq:
            size = len(t)
            if size > 1:
                for k in range(size):
                    if k != 0:
                        grams.append(t[k-1:k+1])
    if kind == 'word':
        size = len(seq)
        if size != 0:
            for k in range(size):
                if k != 0:
                    grams.append('-'.join(seq[k-1:k+1]))
    return grams

X = set(n_gram(tokens1, 'char'))
Y = set(n_gram(tokens2, 'char'))

# the two sets
print("X =", X)
print("Y =", Y)
# union
print("X|Y =", X | Y)
# intersection
print("X&Y =", X & Y)
# difference
print("X-Y =", X - Y)
# is 'se' a member?
print("'se' in X:", 'se' in X)
print("'se' in Y:", 'se' in Y)

