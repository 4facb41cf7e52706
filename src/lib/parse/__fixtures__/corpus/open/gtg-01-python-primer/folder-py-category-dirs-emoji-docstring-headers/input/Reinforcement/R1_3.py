"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.3
🚩 Problem Statement:
    Write minmax(data) giving the (smallest, largest) pair of a non-empty
    sequence, without calling min or max.
"""

def minmax(data):
    if len(data) == 1:
        return (data[0], data[0])
    local_min, local_max = data[0], data[0]
    for i in range(1,len(data)):
        if data[i] <= local_min:
            local_min = data[i]
        elif data[i] >= local_max:
            local_max = data[i]
    return local_min, local_max

# Nothing printed means every check passed. ✅
if __name__=="__main__":
    assert (minmax([3,7,0,1,5]) == (0,7))
    assert (minmax([100,99,0-100,1,5]) == (-100,100))
    assert (minmax([-6, -9, 6, 9]) == (-9,9))