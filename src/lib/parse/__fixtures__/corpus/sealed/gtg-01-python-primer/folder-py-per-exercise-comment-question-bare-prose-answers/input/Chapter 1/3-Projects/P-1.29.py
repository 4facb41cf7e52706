# Print every string that uses each of the letters c, a, t, d, o, g exactly
#  once.

# answer taken from a reference
def permute(bag, permutation):
    # Nothing left in the bag: the permutation is complete
    if len(bag) == 0:
        print(''.join(permutation))
    else:
        # Try every element still in the bag
        for k in range(len(bag)):
            # Move it from the bag onto the end of the permutation
            permutation.append(bag.pop(k))
            # Recurse on what remains in the bag
            permute(bag, permutation);
            # Undo: move it back from the permutation into the bag
            bag.insert(k, permutation.pop())

permute(list('catdog'), [])
