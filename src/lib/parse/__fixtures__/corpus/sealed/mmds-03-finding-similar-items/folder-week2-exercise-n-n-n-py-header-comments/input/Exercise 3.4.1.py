# Assignment 2.1
# Exercise 3.4.1
# S - Curve
# Author: Saurabh Biswas
# DSC550 T302


def s_curve(s, r, b):
    '''
    the S-curve formula: given s, r and b it gives back the curve's height
    '''
    return 1 - (1-s ** r) ** b


def evaluate_s_curve(r, b):
    '''
    given r and b, prints the curve at s = 0.1, 0.2, ... up to 0.9
    '''
    for i in range(1, 10, 1):   # loop over 1..9, dividing by ten to get each s
        j = i/10
        x = s_curve(j, r, b)    # apply the formula
        print("Curve height at s= {0}, r= {1}, b= {2}: {3:.4f}".format(j, r, b, x))
    print('\n')


# start of the program
if __name__ == '__main__':
    evaluate_s_curve(r=3, b=10)     # first (r, b) pair
    evaluate_s_curve(r=6, b=20)     # second (r, b) pair
    evaluate_s_curve(r=5, b=50)     # third (r, b) pair
