"""
C-1.27 Change the fastest factors generator (Section 1.8) so it yields factors
in increasing order without losing its speed.
"""
def factors(n):
    """Yield the divisors of n from smallest to largest."""
    small_factors = []
    large_factors = []

    for i in range(1, int(n ** 0.5) + 1):
        if n % i == 0:
            yield i  # the smaller divisor first
            if i != n // i:
                large_factors.append(n // i)  # keep its partner for later

    # then the saved partners, smallest first
    for factor in reversed(large_factors):
        yield factor

# Quick check
n = 100
print(list(factors(n)))  # gives [1, 2, 4, 5, 10, 20, 25, 50, 100]

