sentence = "I am an NLPer"
tokens = sentence.split()

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

print(n_gram(tokens, 'char'))
print(n_gram(tokens, 'word'))

