# Give pseudo-code for reversing a list of n integers and compare it with a
#  Python function doing the same.

1. Make an empty list ln
2. Walk the old list from its end and ln.append() each element

reverse() is quicker, but this way the original list stays as it was
