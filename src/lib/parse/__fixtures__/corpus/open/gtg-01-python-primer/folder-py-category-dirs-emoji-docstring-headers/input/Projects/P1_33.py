"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.33
🚩 Problem Statement:
    Simulate a handheld calculator driven by button presses from the
    console, with arithmetic and clear.
"""

import sys

def calculator(args):
    a, sign, b = args[0], args[1], args[2]
    a, b = int(a), int (b)
    if sign=='+': return a + b
    if sign=='-': return a - b
    if sign=='x' or sign=='*': return a * b
    if sign=='/': return a / b
    else: return "The second argument must be from: [+,-,*,x,/]"

if __name__=="__main__":
    while True:
        x = input()
        if x == 'OFF': break
        print(calculator(x))