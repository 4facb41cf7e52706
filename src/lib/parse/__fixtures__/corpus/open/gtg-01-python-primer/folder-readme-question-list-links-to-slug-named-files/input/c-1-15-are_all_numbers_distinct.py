"""
"""
def are_all_numbers_distinct(seq):
    return len(seq) == len(set(seq))


