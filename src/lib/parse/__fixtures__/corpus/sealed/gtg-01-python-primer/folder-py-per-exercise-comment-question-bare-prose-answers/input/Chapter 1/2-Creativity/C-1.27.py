# Change the fastest factors generator (Section 1.8) so it yields factors in
#  increasing order without losing its speed.

def sorted_factors(n):
    upper = []
    k = 1
    while k * k < n:
        if n % k == 0:
            yield k
            upper.append(n // k)
        k += 1
    if k * k == n:
        yield k
    for num in reversed(upper):
        yield num
