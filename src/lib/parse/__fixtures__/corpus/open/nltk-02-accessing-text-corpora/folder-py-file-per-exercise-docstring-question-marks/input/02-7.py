# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
☼ Strunk and White's Elements of Style says that
however, when it opens a sentence,
should mean "in whatever way" or "to whatever extent", never
"nevertheless".  Their example of the right use is:
However you advise him, he will probably do as he thinks best.
(http://www.bartleby.com/141/strunk3.html)
With the concordance tool, check how the word is really used
across the texts seen so far.
Compare the LanguageLog post "Fossilized prejudices about 'however'"
at http://itre.cis.upenn.edu/~myl/languagelog/archives/001913.html
'''

from nltk.corpus import wordnet as wn
from nltk.book import *
print text1.concordance('However');
