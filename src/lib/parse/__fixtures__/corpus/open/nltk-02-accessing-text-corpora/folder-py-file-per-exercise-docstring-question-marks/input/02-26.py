# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
★ How much does the noun hypernym hierarchy branch?
That is, over all noun synsets that have hyponyms — children in the
hypernym tree — what is the mean number of them?
wn.all_synsets('n') yields every noun synset.
'''

