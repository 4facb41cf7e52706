# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
import math
'''
★ Zipf's Law:
Write f(w) for how often word w occurs in running text, and
rank every word of a text by that frequency,
commonest first. Zipf's law says a word type's
frequency falls in inverse proportion to its rank
(f × r = k for a constant k), so the 50th
commonest type turns up three times as often as the
150th.
Write a function that takes a big text and plots word
frequency against rank with pylab.plot. Does
the law hold? (Tip: log scales help.)
What happens at the two ends of the curve?
Make random text, say with random.choice("abcdefg "),
keeping the space among the choices.  Remember to
import random.  Build one
(very) long string by concatenating characters one at a
time.  Tokenize it, draw the Zipf
plot the same way and set the two side by side.  What does this say about
Zipf's Law?


'''
from nltk import FreqDist
import pylab
import numpy
from nltk.corpus import brown
def zipfProof(text):
	fdist = FreqDist([w.lower() for w in text])
	values = fdist.values()
	rankedValues = list(reversed(sorted(values)))
	x = []
	y = []
	for i in range(0,len(rankedValues)):
		rank = math.log10(i+1)
		freq = math.log10(rankedValues[i])
		x.append(rank)
		y.append(freq)
	rankavg = numpy.mean(x)
	freqavg = numpy.mean(y)
	pylab.plot(x,y)
	return pylab.show()

zipfProof(brown.words())



