# ------------------------------------------------------------------
#   File: Ferrill_Week_02_Exercise_4-3.1.1.py
#   Name: Teresa Ferrill
#   Date: 6/14/2020
# Course: DSC550-T302 Data Mining
#   Desc: Jaccard similarity for every pair drawn from three sets
#  Usage: the Jaccard similarity of two sets divides the size of
#         what they share by the size of what they hold together
#    Ref: https://stackoverflow.com/questions/46975929/how-can-i-calculate-the-jaccard-similarity-of-two-lists-containing-strings-in-py#         
# ------------------------------------------------------------------

# imports
import traceback
from collections import Counter

# set-up
# the three sets (the comment once said lists)
set_1 = {1,2,3,4}
set_2 = {2,3,5,7}
set_3 = {2,4,6}

# works out and prints the jaccard similarity of a pair of sets
def report_jaccard_similarity(list1_name, list1, list2_name, list2):
    # size of the shared part
    intersec = len(list1.intersection(list2))
    # size of the combined set
    un = len(list1.union(list2))
    # the ratio of the two
    js = round(intersec / un,3)
    # show both sets and the result
    print("\n" + list1_name + ": " + str(list1))
    print(list2_name + ": " + str(list2))
    print("Jaccard similarity of " + list1_name + " with " + list2_name + ": " + str(intersec) + " / " + str(un) + " = " + str(js))

# main: jaccard similarity for each pair of the three number sets
def main():
    # try: report the jaccard similarity of every pair
    try:
        # one call per pair of sets
        report_jaccard_similarity('Set 1', set_1, 'Set 2', set_2)
        report_jaccard_similarity('Set 1', set_1, 'Set 3', set_3)
        report_jaccard_similarity('Set 2', set_2, 'Set 3', set_3)
    # catch anything that goes wrong while running
    except Exception as exception:
        print('exception')
        # show where the error came from
        traceback.print_exc()
        # report the error type and its arguments
        print('An exception of type {0} occurred.  Arguments:\n{1!r}'.format(type(exception).__name__, exception.args));    

# run main
if __name__ == '__main__':
    main()