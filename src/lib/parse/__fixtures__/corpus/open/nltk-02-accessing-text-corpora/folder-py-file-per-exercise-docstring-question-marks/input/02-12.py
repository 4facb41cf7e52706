# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Some words in the CMU Pronouncing Dictionary have several
pronunciations.  How many different words are in it?  What share
of its words can be pronounced in more than one way?
'''

from nltk.corpus import cmudict
prondict = cmudict.words()
print len(prondict)
print len(set(prondict))
print -(len(set(prondict))-len(prondict))*1.0/len(prondict)

