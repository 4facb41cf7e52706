"""
📝 Author: Saud Hashmi
🧷 Problem Index: R-1.11
🚩 Problem Statement:
    Use a list comprehension to build [1, 2, 4, 8, ..., 256].
"""

def demo():
    print([2**i for i in range(9)])

if __name__=="__main__":
    demo()