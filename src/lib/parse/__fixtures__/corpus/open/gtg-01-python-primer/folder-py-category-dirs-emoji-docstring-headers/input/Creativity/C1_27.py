"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.27
🚩 Problem Statement:
    Change the fastest factors generator (Section 1.8) so it yields factors
    in increasing order without losing its speed.
"""

def factors(n): # generator that computes factors
    k = 1
    second_half_factors = []
    while k*k < n: # while k < sqrt(n)
        if n % k == 0:
            yield k
            second_half_factors.append(n//k)
        k += 1
    if k * k == n: # special case if n is perfect square
        yield k
    for factor in reversed(second_half_factors):
        yield factor

gen = factors(36)
for g in gen:
    print(g, end=',')