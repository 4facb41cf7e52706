# C-1.18 Use a list comprehension to build [0, 2, 6, 12, 20, 30, 42, 56, 72,
# 90].

# Each wanted number is k times (k+1), a so-called pronic number


def pronicNumbers(n: int) -> int:
    # gives back the first n such numbers
    # Time complexity: O(n)
    # Space complexity: O(n)
    return [x*(x+1) for x in range(n)]


print(pronicNumbers(10))
