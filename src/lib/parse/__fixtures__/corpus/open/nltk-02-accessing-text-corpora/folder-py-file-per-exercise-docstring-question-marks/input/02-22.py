# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Write hedge(text), which takes a
text and returns a copy with the word
'like' inserted after every third word.
'''

def hedge(text):
	i = 3
	listText = list(text)
	while i < len(text):
		listText.insert(i,'like')
		i += 4 
	return listText

# print nltk.corpus.brown.fileids()
print hedge(nltk.corpus.brown.words('ca01'))