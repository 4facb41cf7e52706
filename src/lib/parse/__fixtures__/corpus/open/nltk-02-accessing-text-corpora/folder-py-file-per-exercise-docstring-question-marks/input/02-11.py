# -*- coding: utf-8 -*-
import matplotlib
matplotlib.use('TkAgg')
import nltk 
'''
◑ Study the modal-verb table and search for more patterns.
Account for them from your own rough sense
of each genre.  Do other closed word classes
vary strongly from genre to genre?
'''