# Function of a positive integer n: add up the squares of every positive
#  integer below n.

def square_sum(n):
    sum, i = 0, 1
    while i <= n:
        sum += i * i
        i += 1

    return sum
