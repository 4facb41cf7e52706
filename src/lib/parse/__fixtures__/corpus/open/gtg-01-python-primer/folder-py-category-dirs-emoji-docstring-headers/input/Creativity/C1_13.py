"""
📝 Author: Saud Hashmi
🧷 Problem Index: C-1.13
🚩 Problem Statement:
    Give pseudo-code for reversing a list of n integers and compare it with
    a Python function doing the same.
"""

def reverse(arr):
    n = len(arr)
    for i in range(int(n/2)):
        temp = arr[i]
        arr[i] = arr[n-i-1]
        arr[n-i-1] = temp
    return arr

arr = [1,2,3,4,5,6,7]

# Built-in way: a slice with step -1
print(arr[::-1])

# My own swap-based function
print(reverse(arr))
