# -*- coding: utf-8 -*-
"""
Exercise 3.1.1: For each pair drawn from the three sets {1,2,3,4}, {2,3,5,7}, and
{2,4,6}, work out the Jaccard similarity.
Author: Ravindra Neralla
"""

A = {1, 2, 3, 4}
B = {2, 3, 5, 7}
C = {2, 4, 6}


def Jaccard(set1, set2):
    s1 = set(set1)
    s2 = set(set2)
    return len(s1.intersection(s2)) / len(s1.union(s2))


# main routine that prints the similarity of every pair
def main():
    print("Jaccard similarity, B against C:", Jaccard(B, C))
    print("Jaccard similarity, B against A:", Jaccard(B, A))
    print("Jaccard similarity, C against A:", Jaccard(C, A))
    # same numbers shown as percentages
    print("Jaccard similarity in percent, B against C:", Jaccard(B, C) * 100)
    print("Jaccard similarity in percent, B against A:", Jaccard(B, A) * 100)
    print("Jaccard similarity in percent, C against A:", Jaccard(C, A) * 100)


if __name__ == '__main__':
    main()