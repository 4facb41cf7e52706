# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk
'''
☼ Make a variable phrase that holds a list of words.
Try out the list operations from the last chapter, namely concatenation,
repetition, indexing, slicing and sorting.
'''

phrase = ['hello','world','this','is','shuxin']
# join two slices together, index and slice
print phrase[0:1] + phrase[2:]
# repeat the list
print phrase * 2
# put it in order
print sorted(phrase)