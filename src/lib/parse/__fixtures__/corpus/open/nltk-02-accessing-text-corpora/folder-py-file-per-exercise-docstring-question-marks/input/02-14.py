# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Write supergloss(s), which receives a synset s
and returns one string joining the definition of s with
the definitions of every hypernym and hyponym of s.
'''
from nltk.corpus import wordnet as wn
def supergloss(s):
	description = s.definition()
	hypernyms = s.hypernyms()
	hypernyms_definition = ""
	for hypernym in hypernyms:
		hypernyms_definition = hypernym.definition() + "\n"

	hyponyms= s.hyponyms()
	hyponyms_definition = ""
	for hyponym in hyponyms:
		hyponyms_definition = hyponym.definition() + "\n"

	return description + "\n hypernyms: " + hypernyms_definition + "\n hyponyms: "+ hyponyms_definition

print supergloss(wn.synset('car.n.01'))
