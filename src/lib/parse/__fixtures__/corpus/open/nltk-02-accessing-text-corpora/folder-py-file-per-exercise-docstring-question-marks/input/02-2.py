# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ Explore austen-persuasion.txt through the corpus module.
Count its word tokens.  Count its word types.
'''

from nltk.corpus import gutenberg
persuasion = gutenberg.raw('austen-persuasion.txt')
print len(persuasion)
print len(set(persuasion)) #types = the distinct items