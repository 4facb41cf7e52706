# C-1.14 Decide whether a sequence of integers holds a pair of distinct
# numbers whose product is odd.

from typing import List


def isProductOdd(data: List[int]) -> (int, int):
    # Looks for two values whose product is odd and hands that pair back
    # Tries each value against every later one and checks the product
    # Time complexity: O(n^2) where n == len(data), since the pair count is (n-1)+(n-2)+...+1 = n(n-1)/2
    # Space complexity: O(1)
    for i in range(len(data)):
        for j in range(i+1, len(data)):
            if (data[i] != data[j]) and ((data[i] * data[j]) % 2 == 1):
                return data[i], data[j]
    return False


def isProductOddOptimized(data: List[int]) -> (int, int):
    # Looks for two values whose product is odd and hands that pair back
    # An odd product only happens when both factors are odd
    # So it is enough to collect the odd values and return two different ones
    # Time complexity: O(n) where n == len(data)
    # Space complexity: O(1)
    oddElements = {x for x in data if x % 2 == 1}
    if len(oddElements) > 1:
        return oddElements.pop(), oddElements.pop()
    return False


data = [4, 8, 10, 1]

print(isProductOdd(data))
print(isProductOddOptimized(data))
