#!/usr/bin/env python3
# pylint: disable=assignment-from-no-return
"""
Exercise  8.1: Define chop, a function that receives a list, strips off its
first and last items in place, and gives back None.

After that, define middle, a function that receives a list and hands back a
fresh list holding everything except the first and last items.

Python for Everybody: Exploring Data Using Python 3
by Charles R. Severance
"""


def chop(lst):
    """
    Receives a list and edits it in place so the first and last items are
    gone; gives back None.
    Input:  lst -- a list
    Output: None
"""
    del lst[0]                          # Drops the leading item
    del lst[-1]                         # Drops the trailing item


def middle(lst):
    """
    Receives a list and gives back a separate list with every item except the
    two at the ends.
    Input: lst -- a list
    Output: new -- separate list without its two end items
    """
    new = lst[1:]                       # Copies everything past the front item
    del new[-1]                         # Throws away the back item
    return new


my_list = [1, 2, 3, 4]
my_list2 = [1, 2, 3, 4]

chop_list = chop(my_list)
print(my_list)                          # Expect [2,3]
print(chop_list)                        # Expect None

middle_list = middle(my_list2)
print(my_list2)                         # Expect it untouched
print(middle_list)                      # Expect [2,3]
