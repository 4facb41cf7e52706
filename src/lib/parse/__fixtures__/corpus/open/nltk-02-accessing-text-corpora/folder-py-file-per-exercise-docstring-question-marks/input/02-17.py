# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Write a function returning the 50 commonest words
of a text, leaving out stopwords.
'''

from nltk.corpus import stopwords
from nltk import FreqDist;
def mostFrequent50(text):
	content = [w for w in text if w.isalpha() and w.lower() not in stopwords.words('english')]
	fd = FreqDist(content)
	return fd.most_common(50)

print mostFrequent50(nltk.corpus.brown.words(categories='romance'))
