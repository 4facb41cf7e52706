# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ With the Brown reader nltk.corpus.brown.words() or the web text reader
nltk.corpus.webtext.words(), pull up sample text from two genres that differ.
'''

from nltk.corpus import brown,webtext
romance_text = brown.words(categories='romance')
print brown.categories()
print webtext.fileids()
print webtext.words('firefox.txt')