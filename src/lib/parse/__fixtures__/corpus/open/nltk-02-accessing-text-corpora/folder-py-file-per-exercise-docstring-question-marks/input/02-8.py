# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Build a conditional frequency distribution on the Names corpus
that shows which first letters are commoner for male
versus female names (cf. 4.4).
'''

from nltk import ConditionalFreqDist
from nltk.corpus import names
pair = [(gender,word[0]) for gender in names.fileids() for word in names.words(gender)]
print pair
cfd = ConditionalFreqDist(pair)
cfd.plot()