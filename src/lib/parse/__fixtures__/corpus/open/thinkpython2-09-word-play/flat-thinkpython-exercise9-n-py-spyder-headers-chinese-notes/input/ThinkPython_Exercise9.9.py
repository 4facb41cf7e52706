# -*- coding: utf-8 -*-
"""
Created on Mon Apr 15 16:19:39 2019

@author: czfyy
"""

def str_fill(i, n):
    """Gives i back as a string padded to n digits or more.

    i: int
    n: int length

    returns: string
    """
    return str(i).zfill(n)


def are_reversed(i, j):
    """Tells whether the digits of i and j are mirror images.

    i: int
    j: int

    returns:bool
    """
    return str_fill(i, 2) == str_fill(j, 2)[::-1]


def num_instances(diff, flag=False):
    """Tallies the reversed-age moments.

    Gives how often, over their lives, mother and daughter have
    ages that mirror each other, for a given gap in years.

    diff: int gap between the ages
    flag: bool, when True, shows each match
    """
    daughter = 0
    count = 0
    while True:
        mother = daughter + diff

        # if mother and daughter don't share0 a birthday,
        # each year gives them two shots at mirrored ages.
        if are_reversed(daughter, mother) or are_reversed(daughter, mother+1):
            count = count + 1
            if flag:
                print(daughter, mother)
        if mother > 120:
            break
        daughter = daughter + 1
    return count
    

def check_diffs():
    """Looks for the age gaps that fit the puzzle.

    Steps through the possible gaps between mother
    and daughter and, for every gap, tallies how often
    in their lives their ages come out as mirror images
    of one another.
    """
    diff = 10
    while diff < 70:
        n = num_instances(diff)
        if n > 0:
            print(diff, n)
        diff = diff + 1

print('diff  #instances')
check_diffs()

print()
print('daughter  mother')
num_instances(17, True)
print()
num_instances(18, True)