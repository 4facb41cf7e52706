"""
C-1.13 Give pseudo-code for reversing a list of n integers and compare it with
a Python function doing the same.

FUNCTION ReverseList(arr, n)
    LEFT ← 0
    RIGHT ← n - 1
    WHILE LEFT < RIGHT DO
        TEMP ← arr[LEFT]
        arr[LEFT] ← arr[RIGHT]
        arr[RIGHT] ← TEMP
        LEFT ← LEFT + 1
        RIGHT ← RIGHT - 1
    END WHILE
    RETURN arr
END FUNCTION

"""

def reverse_list(arr):
    left = 0
    right = len(arr) - 1
    while left < right:
        temp = arr[left]
        arr[left] = arr[right]
        arr[right] = temp
        left = left + 1
        right = right -1
    return arr

# Trying it out
nums = [1, 2, 3, 4, 5]
print(reverse_list(nums))  # gives [5, 4, 3, 2, 1]



