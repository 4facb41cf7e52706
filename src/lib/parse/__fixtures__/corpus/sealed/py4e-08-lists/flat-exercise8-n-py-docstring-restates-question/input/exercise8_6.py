#!/usr/bin/env python3
"""
Exercise  8.6: Redo the program that keeps asking for numbers until the user
types "done" and then shows the largest and smallest. This time keep every
number in a list and, after the loop, get the largest and smallest with max()
and min().

Enter a number: 6
Enter a number: 2
Enter a number: 9
Enter a number: 3
Enter a number: 5
Enter a number: done
Maximum: 9.0
Minimum: 2.0

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""


my_list = []                        # Start with an empty list
while True:
    number = 0.0
    input_number = input('Enter a number: ')
    if input_number == 'done':
        break

    try:
        number = float(input_number)
    except ValueError:
        print('Invalid input')
        quit()

    my_list.append(input_number)

if my_list:
    print('Maximum: ', max(my_list) or None)
    print('Minimum: ', min(my_list) or None)
