# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Build a genre-by-word frequency table,
like the modal-verb one in 1.
Pick words yourself and look for ones whose presence
(or absence) marks a genre.  Comment on what you see.
'''

from nltk.corpus import brown
from nltk import ConditionalFreqDist

def frequency_table(words):
	cfd = ConditionalFreqDist([(genre,word)
		for genre in brown.categories()
		for word in brown.words(categories = genre)])
	genres = ['news','religion','hobbies','science_fiction','romance','humor']
	cfd.tabulate(conditions=genres,samples=words)

frequency_table(['America','love','dream'])