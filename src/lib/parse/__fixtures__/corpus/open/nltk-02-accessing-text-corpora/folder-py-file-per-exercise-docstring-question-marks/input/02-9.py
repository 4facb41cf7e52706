# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Choose two texts and compare how they differ
in vocabulary, its richness, genre and so on.  Are there
words whose sense changes a lot between the
two texts, like monstrous in Moby Dick versus Sense and Sensibility?
'''

from nltk.book import *
print text1.concordance('monstrous')
print text2.concordance('monstrous')
'''
Text1: "Monstrous" mostly describes things that are physically huge.
Text2: "Monstrous" works as an intensifier for strong feelings.
'''

