# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ Load the State of the Union speeches through the
state_union reader.  Tally men, women
and people per speech.  How has the use of these three
words changed across the years?
'''

from nltk.corpus import state_union
#print state_union.fileids()
targets = ['men','women','people']
pair = [(target,fileid[:4]) for fileid in state_union.fileids() for word in state_union.words(fileid) for target in targets if word.lower()==target]
print pair
cfd = nltk.ConditionalFreqDist(pair)
cfd.plot()