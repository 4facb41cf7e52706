'''Exercise 2.28, a.k.a. "wrapping up Section 2.5: WordNet chores'''

import nltk
from nltk.corpus import wordnet

# pairs copied from the exercise, tidied with a lazy find-and-replace
words = [("car", "automobile"), ( "gem", "jewel"), ( "journey", "voyage"), ( "boy", "lad"), ( "coast", "shore"), ( "asylum", "madhouse"), ( "magician", "wizard"), ( "midday", "noon"), ( "furnace", "stove"), ( "food", "fruit"), ( "bird", "cock"), ( "bird", "crane"), ( "tool", "implement"), ( "brother", "monk"), ( "lad", "brother"), ( "crane", "implement"), ( "journey", "car"), ( "monk", "oracle"), ( "cemetery", "woodland"), ( "food", "rooster"), ( "coast", "hill"), ( "forest", "graveyard"), ( "shore", "woodland"), ( "monk", "slave"), ( "coast", "forest"), ( "lad", "wizard"), ( "chord", "smile"), ( "glass", "magician"), ( "rooster", "voyage"), ( "noon", "string")]





# Measure 1: deeper min_depth = more similar. 
# to RANK pairs i need ONE number per pair, so i have to choose how to get it
# keeping it simple: just the first shared hypernym...
depths = {}

# Measure 2: synset1.path_similarity(synset2)
paths = {}
for w1, w2 in words:
    hypernyms = []
    for s1, s2 in zip(wordnet.synsets(w1), wordnet.synsets(w2)):
        hypernyms += s1.lowest_common_hypernyms(s2)
    depths[(w1, w2)] = max([ h.min_depth() for h in hypernyms])
    
    # Measure 2 is far easier: the call returns a plain score, not YET another list
    paths[w1, w2] = max([ s1.path_similarity(s2) for s1, s2 in zip(wordnet.synsets(w1), wordnet.synsets(w2)) ])
    
print "\nSimilarity by min_depth (higher means more similar)"
for item in nltk.FreqDist(depths).items():
    print item    
    
print "\nSimilarity by path_similarity"
for item in nltk.FreqDist(paths).items():
    print item

# NEITHER measure sees part/whole (meronym/holonym) closeness: 
# "food" vs "fruit" scores as unrelated, since one term is far narrower than the other,
#       though in everyday talk nobody would call them REALLY different...
    
        

# deeper min_depth = more similar
# forget clever python for now... meh. yet again the real fight is with the nltk api
#depths = [  max(h.min_depth())
#            for (w1, w2) in words      
#            for s1, s2 in zip(wordnet.synsets(w1), wordnet.synsets(w2))
#            for h in s1.lowest_common_hypernyms(s2)       # aha, so THAT is how a listcomp gets a throwaway variable?
#            ]



# Measure 2: higher path_similarity = more similar


# Output
# -------
# Similarity by min_depth (higher means more similar)
# (('car', 'automobile'), 10)
# (('midday', 'noon'), 9)
# (('journey', 'voyage'), 8)
# (('tool', 'implement'), 6)
# (('asylum', 'madhouse'), 5)
# (('bird', 'crane'), 5)
# (('boy', 'lad'), 5)
# (('brother', 'monk'), 5)
# (('lad', 'brother'), 5)
# (('lad', 'wizard'), 5)
# (('magician', 'wizard'), 5)
# (('monk', 'oracle'), 5)
# (('monk', 'slave'), 5)
# (('coast', 'shore'), 4)
# (('furnace', 'stove'), 4)
# (('gem', 'jewel'), 4)
# (('bird', 'cock'), 3)
# (('coast', 'hill'), 3)
# (('crane', 'implement'), 3)
# (('glass', 'magician'), 3)
# (('cemetery', 'woodland'), 2)
# (('coast', 'forest'), 2)
# (('food', 'fruit'), 2)
# (('shore', 'woodland'), 2)
# (('chord', 'smile'), 1)
# (('food', 'rooster'), 1)
# 
# Similarity by path_similarity
# (('car', 'automobile'), 1.0)
# (('magician', 'wizard'), 1.0)
# (('midday', 'noon'), 1.0)
# (('coast', 'shore'), 0.5)
# (('tool', 'implement'), 0.5)
# (('boy', 'lad'), 0.3333333333333333)
# (('journey', 'voyage'), 0.25)
# (('coast', 'hill'), 0.2)
# (('lad', 'wizard'), 0.2)
# (('monk', 'slave'), 0.2)
# (('shore', 'woodland'), 0.2)
# (('coast', 'forest'), 0.16666666666666666)
# (('bird', 'cock'), 0.14285714285714285)
# (('lad', 'brother'), 0.14285714285714285)
# (('asylum', 'madhouse'), 0.125)
# (('brother', 'monk'), 0.125)
# (('gem', 'jewel'), 0.125)
# (('monk', 'oracle'), 0.125)
# (('bird', 'crane'), 0.1111111111111111)
# (('cemetery', 'woodland'), 0.1111111111111111)
# (('glass', 'magician'), 0.1111111111111111)
# (('crane', 'implement'), 0.1)
# (('food', 'fruit'), 0.1)
# (('chord', 'smile'), 0.09090909090909091)
# (('furnace', 'stove'), 0.07692307692307693)
# (('journey', 'car'), 0.07692307692307693)
# (('forest', 'graveyard'), 0.07142857142857142)
# (('food', 'rooster'), 0.0625)
# (('noon', 'string'), 0.058823529411764705)
# (('rooster', 'voyage'), 0.041666666666666664)

