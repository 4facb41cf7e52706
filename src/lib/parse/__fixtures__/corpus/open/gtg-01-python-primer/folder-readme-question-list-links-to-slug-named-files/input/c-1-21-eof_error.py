"""
C-1.21 Read lines from standard input until EOFError, then print them in
reverse order.
"""
def read_and_reverse():
    lines = []
    try:
        while True:
            line = input()
            lines.append(line)
    except EOFError:
        for line in reversed(lines):
            print(line)

read_and_reverse()
