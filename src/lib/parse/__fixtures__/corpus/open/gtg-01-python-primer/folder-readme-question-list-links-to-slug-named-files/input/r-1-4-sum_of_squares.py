"""
R-1.4 Function of a positive integer n: add up the squares of every positive
integer below n.
"""
def sum_of_square(n):
    if n >= 0:
        sum_of_s = 0
        for i in range(1, n):
            #s = i ** 2
            sum_of_s += i ** 2
    else:
       # print('the number has to be positive')
        return 'the number has to be positive'

    return sum_of_s
print(sum_of_square(-4))

