# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Write word_freq(), given a word and a Brown Corpus section name,
that returns how often the word occurs
within that section.
'''

from nltk.corpus import brown
from nltk import FreqDist
def word_freq(word,section):
	fdist = FreqDist(brown.words(section))
	return fdist[word]

