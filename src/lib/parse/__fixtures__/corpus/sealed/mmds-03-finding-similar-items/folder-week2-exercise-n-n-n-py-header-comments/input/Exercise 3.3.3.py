# Assignment 2.1
# Exercise 3.3.3
# Minhash Calculation
# Author: Saurabh Biswas
# DSC550 T302

import numpy as np
from sklearn.metrics import jaccard_score


def hsh(x):
    '''
    the three hash functions of the exercise.
    :param x: row (element) number
    :return: the three hash values for that row
    '''

    list_x = []
    y = (2 * x + 1) % 6
    list_x.append(y)
    y = (3 * x + 2) % 6
    list_x.append(y)
    y = (5 * x + 2) % 6
    list_x.append(y)
    return list_x


def minhash(data, hash_num):
    '''
    :param data: the characteristic matrix
    :param hash_num: how many hash functions to apply
    :return: the signature matrix
    '''

    rows = len(data)    # how many rows the matrix has
    cols = len(data[0]) # how many columns the matrix has

    sig_hash = []   # signature matrix, filled below
    hash_list = []

    # start every signature slot at infinity
    for i in range(hash_num):
        list_row = []

        for j in range(cols):
            list_row.append(float('inf'))

        sig_hash.append(list_row)

    # walk over every cell of the matrix
    for r in range(rows):
        hash_row = hsh(r)   # hash values of this row
        hash_list.append(hash_row)  # keep them for the permutation check

        for c in range(cols):
            # a zero cell leaves the signature untouched
            if data[r][c] != 0:
                for i in range(hash_num):   # look at each hash function in turn
                    if sig_hash[i][c] > hash_row[i]:    # keep the smaller of sig(i,c) and h(i)
                        sig_hash[i][c] = hash_row[i]    # by overwriting sig(i,c)

    return sig_hash, hash_list


def list_order(list_a):
    ''' Reports every hash column whose sorted values run 0..5, i.e. a real permutation'''
    row = len(list_a)  # number of rows
    col = len(list_a[0])  # number of columns

    array_unsorted = np.array(list_a)   # as a numpy array
    array_sorted = np.sort(array_unsorted, axis=0)  # sort each column

    for c in range(col):    # each hash function must hit 0 through 5 exactly once.
        for r in range(row):
            if array_sorted[r, c] != r:
                break
            elif array_sorted[r, c] == row-1:
                print('hash function {} permutes the rows exactly'.format(c+1))
        else:
            continue


def Jaccard_Similarites(list1, list2):
    '''
    Takes a pair of lists and returns the Jaccard similarity
    of the sets they hold.
    :param list1: first collection
    :param list2: second collection
    :return: the similarity as a fraction
    '''
    set1 = set(list1)   # turn the first list into a set
    set2 = set(list2)   # turn the second list into a set
    union1 = set.union(set1, set2)    # everything found in either set
    intersection1 = set.intersection(set1, set2)  # only what both sets share
    jac_sim_value = len(intersection1) / len(union1)
    return jac_sim_value   # hand the ratio back


if __name__ == '__main__':

    data = [[0,1,0,1],[0,1,0,0],[1,0,0,1],[0,0,1,0],[0,0,1,1],[1,0,0,0]]    # the matrix of Fig. 3.5
    x, y = minhash(data, 3)    # build the signatures
    print('Signature matrix:', x)    # show the signatures
    print('Per-row hash values:', y)

    array = np.array(x)

    list1 = array[:, 0]
    list2 = array[:, 1]
    list3 = array[:, 2]
    list4 = array[:, 3]

    js_12 = Jaccard_Similarites(list1, list2)   # call the helper
    print(' Signature-based estimate for columns 1 and 2: {:.2f}'.format(js_12))

    js_13 = Jaccard_Similarites(list1, list3)   # call the helper
    print(' Signature-based estimate for columns 1 and 3: {:.2f}'.format(js_13))

    js_14 = Jaccard_Similarites(list1, list4)   # call the helper
    print(' Signature-based estimate for columns 1 and 4: {:.2f}'.format(js_14))

    js_23 = Jaccard_Similarites(list2, list3)   # call the helper
    print(' Signature-based estimate for columns 2 and 3: {:.2f}'.format(js_23))

    js_24 = Jaccard_Similarites(list2, list4)   # call the helper
    print(' Signature-based estimate for columns 2 and 4: {:.2f}'.format(js_24))

    js_34 = Jaccard_Similarites(list3, list4)   # call the helper
    print(' Signature-based estimate for columns 3 and 4: {:.2f}'.format(js_34))

    # the true similarities, from the matrix itself
    array = np.array(data)
    list1 = array[:, 0]
    list2 = array[:, 1]
    list3 = array[:, 2]
    list4 = array[:, 3]

    js_12 = jaccard_score(list1, list2)  # call the helper
    print(' True similarity for columns 1 and 2: {:.2f}'.format(js_12))

    js_13 = jaccard_score(list1, list3)  # call the helper
    print(' True similarity for columns 1 and 3: {:.2f}'.format(js_13))

    js_14 = jaccard_score(list1, list4)  # call the helper
    print(' True similarity for columns 1 and 4: {:.2f}'.format(js_14))

    js_23 = jaccard_score(list2, list3)  # call the helper
    print(' True similarity for columns 2 and 3: {:.2f}'.format(js_23))

    js_24 = jaccard_score(list2, list4)  # call the helper
    print(' True similarity for columns 2 and 4: {:.2f}'.format(js_24))

    js_34 = jaccard_score(list3, list4)  # call the helper
    print(' True similarity for columns 3 and 4: {:.2f}'.format(js_34))

    list_order(y)
