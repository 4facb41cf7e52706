# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Print a table of lexical diversity (token/type ratio) scores like the one in
1.1, covering every Brown Corpus genre (nltk.corpus.brown.categories()).
Which genre is least diverse (most tokens per type)?
Did you expect that?
'''
from nltk.corpus import brown
def lexical_diversity(text):
	return len(set(text))*1.0/len(text)

for genre in brown.categories():
	print genre + ":" + str(lexical_diversity(brown.words(categories = genre)))





