# C-1.13 Give pseudo-code for reversing a list of n integers and compare it
# with a Python function doing the same.


def myReverse(data):
    # builds and returns a fresh list in back-to-front order
    return [data[i] for i in range(len(data)-1, -1, -1)]


def myReverseGen(data):
    # hands back a generator walking from the end
    for i in range(len(data)-1, -1, -1):
        yield data[i]


def myReverseGenWithComprehension(data):
    # hands back a generator walking from the end
    return (data[i] for i in range(len(data)-1, -1, -1))
