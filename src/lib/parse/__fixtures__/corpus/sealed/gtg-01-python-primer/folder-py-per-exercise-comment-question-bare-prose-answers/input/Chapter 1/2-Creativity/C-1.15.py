# Decide whether every number in a sequence is different from all the
#  others.

def check_repeat(data):
    l = len(data)
    for i in range(l):
        for j in range(i + 1, l):
            if data[i] == data[j]:
                return False
    return True
