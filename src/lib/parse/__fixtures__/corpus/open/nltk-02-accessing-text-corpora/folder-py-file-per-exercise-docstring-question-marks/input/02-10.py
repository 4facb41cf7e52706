# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Look at the BBC News story UK's Vicky Pollards 'left behind' http://news.bbc.co.uk/1/hi/education/6173441.stm.
It quotes a figure about how teenagers talk:
"the twenty most used words (yeah, no, but, like ...) make up about a third of everything said."
For several kinds of text, how many word types make up a third
of the word tokens?  What does that say about the claim?
Further reading on LanguageLog: http://itre.cis.upenn.edu/~myl/languagelog/archives/003993.html.
'''