#!/Users/shuxinzhang/.virtualenvs/nltk-learning/bin/python
# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
import sys
'''
★ Extend the text generator of 2.2 so that it
does the following:
Keep the n likeliest next words in a list words and pick
one of them at random with random.choice().  (Import
random beforehand.)
Choose one genre, for instance a Brown Corpus section,
a genesis translation, a Gutenberg book or a Web text.  Train
on it and have it produce random text.  Several
start words may need trying. How readable
is the output?  Weigh the pros and cons of generating
text this way.
Then train on two different genres together and try
producing text in the mixed genre.  Report what you notice.


'''
import random
from nltk.corpus import brown
def random_generate_model(corpus, word, num=15):
	bigrams = nltk.bigrams(corpus)
	cfdist = nltk.ConditionalFreqDist(bigrams)
	for i in range(num):
		print (word, end=' ')
		wordList = cfdist[word].most_common(5)
		word = random.choice(wordList)[0]
	print()

text1 = brown.words(categories='romance')
text2 = brown.words(categories='news')
random_generate_model(text1,"The",30)
random_generate_model(text2,"The",30)

