"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.21
🚩 Problem Statement:
    Read lines from standard input until EOFError, then print them in
    reverse order.
"""

def read_inputs(filename):
    fp = open(filename, 'r')
    lines = []
    while True:
        try:
            line = fp.readline()
            if line == '': raise EOFError
            lines.append(line)
        except EOFError:
            return lines

filename = 'D:/PythonPrograms/DSA_Python/1-Python-Primer/Creativity/inputs.txt'
print(read_inputs(filename))