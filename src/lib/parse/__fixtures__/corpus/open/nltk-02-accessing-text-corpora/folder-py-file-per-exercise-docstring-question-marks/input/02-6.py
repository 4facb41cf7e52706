# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ The comparative-wordlist section built an object
named translate, keyed by German words and by Spanish words alike,
that returns the matching English word.
What could go wrong with doing it this way?
How might that be prevented?
'''

'''
a word that has several senses can make the lookup ambiguous.
Look at the synsets of both words, check their synonyms, and keep the word whose definition is nearest in meaning.
'''
