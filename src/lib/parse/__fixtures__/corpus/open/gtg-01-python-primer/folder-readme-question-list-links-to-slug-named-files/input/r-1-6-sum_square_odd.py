"""
R-1.6 Function of a positive integer n: add up the squares of the odd positive
integers below n.

"""
def sum_of_square(n):
    if n >= 0:
        sum_of_s = 0
        for i in range(1, n):
            if (i&1) == 1:
                sum_of_s += i ** 2
    else:
       # print('the number has to be positive')
        return 'the number has to be positive'

    return sum_of_s
print(sum_of_square(8))
