# Given int arrays a and b of length n, return c with c[i] = a[i] * b[i].

def dot_product(a, b, n):
    c = list()
    for i in range(n):
        c.append(a(i) * b(i))
    return c

# return [a[k] * b[k] for k in range(n)]
