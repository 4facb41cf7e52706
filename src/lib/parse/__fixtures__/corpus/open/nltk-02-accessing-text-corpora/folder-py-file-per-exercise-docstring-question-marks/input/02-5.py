# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ Look into holonym and meronym links for a few nouns.
There are three flavours of the holonym/meronym relation,
so call each of:
member_meronyms(), part_meronyms(), substance_meronyms(),
member_holonyms(), part_holonyms(), and substance_holonyms().
'''

from nltk.corpus import wordnet as wn

print wn.synsets('tree')
print wn.synset('tree.n.01').member_meronyms()
print wn.synset('tree.n.01').part_meronyms()
print wn.synset('tree.n.01').substance_meronyms()
print wn.synset('tree.n.01').member_holonyms()
print wn.synset('tree.n.01').part_holonyms()
print wn.synset('tree.n.01').substance_holonyms()