# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
★ Write find_language(), given a string,
returning the list of languages in which that string
occurs as a word.  Search the udhr corpus, only
its Latin-1 encoded files.
'''
from nltk.corpus import udhr
def find_language(text):
	for fileid in udhr.fileids():
		if fileid[-6:] == "Latin1":
			if text in udhr.words(fileid):
				print (fileid[0:-7])
find_language("human")

