# Read an integer greater than 2 and report how many times it can be halved
#  before dropping below 2.

def divide(n, times=0):
    if n < 2:
        print(times)
    else:
        times += 1
        divide(n / 2, times)
