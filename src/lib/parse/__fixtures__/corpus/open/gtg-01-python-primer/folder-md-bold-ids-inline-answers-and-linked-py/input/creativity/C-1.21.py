# C-1.21 Read lines from standard input until EOFError, then print them in
# reverse order.


def takeInputWriteReverse():
    data = []
    while(True):
        try:
            data.append(input())
        except EOFError:
            break
    print(list(reversed(data)))


takeInputWriteReverse()
