# P-1.30 Read an integer greater than 2 and report how many times it can be
# halved before dropping below 2.


def timesToDivide(n: int) -> int:
    """
    Keep halving n (integer division) until it drops under two

    Time complexity: O(log n)
    Space complexity: O(1)
    """
    if n <= 2:
        raise ValueError("n has to be bigger than 2!")
    count = 0
    while n >= 2:
        n //= 2
        count += 1
    return count


def timesToDivideBinary(n: int) -> int:
    """
    Integers are stored in binary, and shifting right by one
    place is the same as an integer division by two,
    so shift n right until only its lowest bit may remain set (n < 2)
    Bit shifts are cheap for the machine, so this could well be faster,
    though I have not timed it to check.
    Its time and space costs are the same as the first version's.

    Time complexity: O(log n)
    Space complexity: O(1)
    """
    if n <= 2:
        raise ValueError("n has to be bigger than 2!")
    count = 0
    while n | 1 != 1:
        n >>= 1
        count += 1
    return count


if __name__ == "__main__":
    print(timesToDivide(10), timesToDivideBinary(10))
    print(timesToDivide(15), timesToDivideBinary(15))
    print(timesToDivide(34567), timesToDivideBinary(34567))
    print(timesToDivide(32985469), timesToDivideBinary(32985469))
    print(timesToDivide(139453848345), timesToDivideBinary(139453848345))
