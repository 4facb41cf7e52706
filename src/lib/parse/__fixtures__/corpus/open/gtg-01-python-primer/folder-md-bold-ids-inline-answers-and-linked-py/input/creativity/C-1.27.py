# C-1.27 Change the fastest factors generator (Section 1.8) so it yields
# factors in increasing order without losing its speed.

from typing import List


def factors(n: int) -> List[int]:
    """
    Yields every factor of n from smallest to largest
    Time complexity: O(sqrt(n))
    Space complexity: O(1)
    """
    k = 1
    while k**2 < n:
        if n % k == 0:
            yield k
        k += 1

    k = int(n**(1/2))
    while k > 0:
        if n % k == 0:
            yield n // k
        k -= 1


print(list(factors(9)))
