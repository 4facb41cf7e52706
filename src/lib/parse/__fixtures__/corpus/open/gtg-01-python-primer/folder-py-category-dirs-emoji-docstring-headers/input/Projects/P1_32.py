"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.32
🚩 Problem Statement:
    Simulate a simple console calculator that reads one number or operator
    per line and shows the display after each.
"""

import sys

def calculator(args):
    a, sign, b = args[1:]
    a, b = int(a), int (b)
    if sign=='+': return a + b
    if sign=='-': return a - b
    if sign=='x' or sign=='*': return a * b
    if sign=='/': return a / b
    else: return "The second argument must be from: [+,-,*,x,/]"

if __name__ == "__main__":
    assert (len(sys.argv) == 4)
    print(calculator(sys.argv))