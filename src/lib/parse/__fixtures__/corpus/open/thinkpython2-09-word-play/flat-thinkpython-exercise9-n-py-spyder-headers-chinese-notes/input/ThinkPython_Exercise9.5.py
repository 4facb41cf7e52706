# -*- coding: utf-8 -*-
"""
Created on Thu Apr 11 20:08:25 2019

@author: czfyy
"""

#逐个检查word的字母是否出现在string里，出现就把它从string中去掉，最后看string是否被删空
def use_all(word, mystring):
    for letter in word:
        if letter in mystring:
            i = mystring.find(letter)
            mystring = mystring[:i] + mystring[i+1:]
    if len(mystring) == 0:
        return True
    else:
        return False
            
word = input('word:')
mystring = input('string: ')
if use_all(word, mystring):
    print('uses every letter')
else:
    print('misses some letter')    
