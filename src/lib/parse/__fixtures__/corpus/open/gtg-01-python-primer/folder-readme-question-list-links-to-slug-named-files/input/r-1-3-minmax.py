"""
R-1.3 Write minmax(data) giving the (smallest, largest) pair of a non-empty
sequence, without calling min or max.
"""
def minmax(data):
    min = data[0]
    max = data[0]
    x = []
    for i in range(len(data)):
        if max < data[i]:
            max = data[i]
        if min > data[i]:
            min = data[i]
    #x.append(min)
    #x = x.append(max)
    return (min, max)
    
data = (2, 3, 20, 100, 5, 6, 80, 23)
print(minmax(data))
