#  Write to a list at a possibly out-of-range index, catch the error and
#  print "Don't try buffer overflow attacks in Python!".

l = list()
def write_element(i, data):
    try:
        l[i] = data
    except IndexError:
        print("Don’t try buffer overflow attacks in Python!")
