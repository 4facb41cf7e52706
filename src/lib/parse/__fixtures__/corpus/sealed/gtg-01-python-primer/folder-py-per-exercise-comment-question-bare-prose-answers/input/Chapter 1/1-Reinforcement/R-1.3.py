# Write minmax(data) giving the (smallest, largest) pair of a non-empty
#  sequence, without calling min or max.

def minmax(data):
    l = len(data)
    data.sort()
    return data[0], data[l - 1]
