"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.26
🚩 Problem Statement:
    Read integers a, b, c from the console and decide whether a+b=c, a=b-c
    or a*b=c holds in that order.
"""

def op(a,b,c):
    if a+b==c or b+c==a or c+a==b: return True
    elif b-c==a or a-b==c or c-a==b or c-b==a or b-a==c or a-c==b: return True
    elif a*b==c or b*c==a or c*a==a: return True
    return False

print(op(2,5,10))
print(op(2,5,7))
print(op(2,-5,-3))
print(op(-2,5,-10))
print(op(-2,5,10))