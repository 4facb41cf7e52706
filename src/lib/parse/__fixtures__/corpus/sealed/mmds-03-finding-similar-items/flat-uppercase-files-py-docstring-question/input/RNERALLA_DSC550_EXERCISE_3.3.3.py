# -*- coding: utf-8 -*-
"""
(a) Using the three hash functions below, find each column's minhash signature:
h1(x) = 2x + 1 mod 6; h2(x) = 3x + 2 mod 6; h3(x) = 5x + 2 mod 6.
(b) Which hash functions among these really permute the rows?
(c) For the six column pairs, how near do the estimated Jaccardsimilarities come to the true ones?
Author: Ravindra Neralla
"""

import sys

# The matrix of the exercise
elements = [0, 1, 2, 3, 4, 5]
s1 = (0, 0, 1, 0, 0, 1)
s2 = (1, 1, 0, 0, 0, 0)
s3 = (0, 0, 0, 1, 1, 0)
s4 = (1, 0, 1, 0, 1, 0)


def hash1(a):
    return ((2 * a) + 1) % 6


def hash2(a):
    return ((3 * a) + 2) % 6


def hash3(a):
    return ((5 * a) + 2) % 6


def hash_1(elements):
    hash_list = []
    for i in elements:
        hash_list.append(hash1(i))
    return hash_list


def hash_2(elements):
    hash_list = []
    for i in elements:
        hash_list.append(hash2(i))
    return hash_list


def hash_3(elements):
    hash_list = []
    for i in elements:
        hash_list.append(hash3(i))
    return hash_list


def compareNameAndList(hash_list_name, hash_list):
    hash_list.sort()
    elements.sort()
    if hash_list == elements:
        print(hash_list_name + ' reorders the element list exactly (a permutation)')
    else:
        print(hash_list_name + ' does not reorder the element list exactly')


# Jaccard similarity of a pair of lists
def jaccard_similarity(a, b):
    # size of what the lists share
    inter = len(list(set(a).intersection(b)))
    # size of what either list holds
    union = (len(a) + len(b)) - intersection_cardinality(a, b)
    # the ratio
    return round(float(inter) / union, 3)


# turns the column tuples into rows, all in one list
def Rdata():
    hold_matrix = []
    for i in range(0, len(s1)):
        hold_matrix.append([s1[i], s2[i], s3[i], s4[i]])
    return hold_matrix


# how many items two lists share
def intersection_cardinality(a, b):
    return len(list(set(a).intersection(b)))


# how many items two lists hold between them
def union_cardinality(a, b):
    return (len(a) + len(b)) - intersection_cardinality(a, b)


# builds the minhash signature matrix
def minhash(data, hashfuncs):
    rows = len(data)
    cols = len(data[0])
    sigrows = len(hashfuncs)
    sigmatrix = []
    for i in range(sigrows):
        sigmatrix.append([sys.maxsize] * cols)
    for r in range(rows):
        hashvalue = list(map(lambda a: a(r), hashfuncs))
        # only cells holding a 1 can lower a signature entry
        for c in range(cols):
            if data[r][c] == 0:
                continue
            for i in range(sigrows):
                # keep whichever is smaller, the stored entry or this hash value
                if sigmatrix[i][c] > hashvalue[i]:
                    sigmatrix[i][c] = hashvalue[i]
    return sigmatrix


if __name__ == '__main__':
    # hash every element
    hashlist1 = hash_1(elements)
    hashlist2 = hash_2(elements)
    hashlist3 = hash_3(elements)
    # show the hash lists
    print('\nHash list one: ' + str(hash_1(elements)))
    print('Hash list two: ' + str(hash_2(elements)))
    print('Hash list three: ' + str(hash_3(elements)))

    # signatures
    print('\n(1) Minhash signature of every column under the three hash functions.')
    minhash_sig = minhash(Rdata(), [hash1, hash2, hash3])
    print('\n Signature matrix: \n' + str(minhash_sig))

    # which ones permute
    print('\n(2) Which hash functions are real permutations?')
    compareNameAndList('\nHash 1', hashlist1)
    compareNameAndList('Hash 2', hashlist2)
    compareNameAndList('Hash 3', hashlist3)

    # estimated versus true
    # part three
    print('\n(3) Estimated against true Jaccard similarities')
    # the six column pairs
    print('\nColumn 1 and Column 2:', str(jaccard_similarity(s1, s2)))
    print('Column 1 and Column 3:', str(jaccard_similarity(s1, s3)))
    print('Column 1 and Column 4:', str(jaccard_similarity(s1, s4)))
    print('Column 2 and Column 3:', str(jaccard_similarity(s2, s3)))
    print('Column 2 and Column 4:', str(jaccard_similarity(s2, s4)))
    print('Column 3 and Column 4:', str(jaccard_similarity(s3, s4)))

    # signature pairs
    # pull each column out of the signature matrix
    minhash_1 = [minhash_sig[0][0], minhash_sig[1][0], minhash_sig[2][0]]
    minhash_2 = [minhash_sig[0][1], minhash_sig[1][1], minhash_sig[2][1]]
    minhash_3 = [minhash_sig[0][2], minhash_sig[1][2], minhash_sig[2][2]]
    minhash_4 = [minhash_sig[0][3], minhash_sig[1][3], minhash_sig[2][3]]

    # signature pairs 1 & 2, 1 & 3, 1 & 4, 2 & 3, 2 & 4, 3 & 4
    print('\nSig 1 and Sig 2: ', str(jaccard_similarity(minhash_1, minhash_2)))
    print('Sig 1 and Sig 3: ', str(jaccard_similarity(minhash_1, minhash_3)))
    print('Sig 1 and Sig 4: ', str(jaccard_similarity(minhash_1, minhash_4)))
    print('Sig 2 and Sig 3: ', str(jaccard_similarity(minhash_2, minhash_3)))
    print('Sig 2 and Sig 3: ', str(jaccard_similarity(minhash_2, minhash_4)))
    print('Sig 3 and Sig 4: ', str(jaccard_similarity(minhash_3, minhash_4)))

    print('\nThe signature estimates land far from the true Jaccard similarities.')