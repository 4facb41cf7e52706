# Assignment 2.1
# Exercise 3.1.1
# Jaccard Similarities
# Author: Saurabh Biswas
# DSC550 T302


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


# start of the program
if __name__ == '__main__':
    # the three sets from the book, written as lists
    list1 = [1,2,3,4]
    list2 = [2,3,5,7]
    list3 = [2,4,6]

    js_12 = Jaccard_Similarites(list1, list2)   # call the helper
    print('Similarity (Jaccard) of set 1 with set 2: {:.2f}'.format(js_12))

    js_23 = Jaccard_Similarites(list2, list3)   # call the helper
    print('Similarity (Jaccard) of set 2 with set 3: {:.2f}'.format(js_23))

    js_13 = Jaccard_Similarites(list1, list3)  # call the helper
    print('Similarity (Jaccard) of set 1 with set 3: {:.2f}'.format(js_13))
