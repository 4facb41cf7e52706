# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
★ A word's polysemy is how many senses it carries.
WordNet tells us the noun dog has 7 senses
via len(wn.synsets('dog', 'n')).
Work out the mean polysemy of nouns, verbs, adjectives and
adverbs in WordNet.
'''
from nltk.corpus import wordnet as wn
def polysemy_calc(type):
	total = 0
	polysemy_count = 0

	for synset in wn.all_synsets():
		if synset.pos() == type:
			for lemma in synset.lemmas():
				total += 1
				polysemy_count += polysemy(lemma.name(),synset.pos())

	return polysemy_count*1.0/total

def polysemy(name , pos):
	count = 0
	count += len(wn.synsets(name,pos))
	return count
#print (polysemy('dog','n'))
print ("noun:"+str(polysemy_calc('n')))
print ("verb:"+str(polysemy_calc('v')))
print ("Adjectives:"+str(polysemy_calc('a')))