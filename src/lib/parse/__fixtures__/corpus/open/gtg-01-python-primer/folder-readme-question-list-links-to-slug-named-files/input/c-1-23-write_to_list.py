"""
C-1.23 Write to a list at a possibly out-of-range index, catch the error and
print "Don't try buffer overflow attacks in Python!".
"""
def edit_list(data, index, value):
    try:
        data[index] = value
        return data
    except IndexError:
        return ("Don’t try buffer overflow attacks in Python!")
data = [2,3,1,7,6,9]
edited = edit_list(data, 20, 100)
print(edited)
