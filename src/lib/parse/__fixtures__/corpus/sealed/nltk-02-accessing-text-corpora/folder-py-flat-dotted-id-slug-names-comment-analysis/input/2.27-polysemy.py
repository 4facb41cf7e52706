'''
Exercise 2.27

These last "starred" exercises are no harder really...
they only exercise the WordNet API from the section just read...
'''

from nltk.corpus import wordnet     # the import nltk.corpus.wordnet form FAILS!



# Work out mean polysemy for WordNet nouns, verbs, adjectives and adverbs.
# "polysemy = how many senses a word has."
# But is the mean taken over words or over synsets?  I'll go with words.

# copied from help(wordnet): 
# Data and other attributes defined here:
# ADJ = 'a'
# ADJ_SAT = 's'
# ADV = 'r'
# NOUN = 'n'
# VERB = 'v'

word_type_names = { 'n':'noun', 'v':'verb', 'a':'adjective', 'r':'adverb' }
word_types = word_type_names.keys()

for type in word_types:         
    print "average polysemy for", word_type_names[type], ":",
    words = { ss.name.split('.')[0] for ss in wordnet.all_synsets(type) }       # e.g. ss.name == 'car.n.01' 
    print sum([len(wordnet.synsets(w)) for w in words]) / float(len(words))     # the api recipe the exercise gives

# output    
# average polysemy for adjective : 2.52227934876
# average polysemy for adverb : 1.91114754098
# average polysemy for verb : 4.23924731183
# average polysemy for noun : 1.69155650828

# sure, listcomps make the scripts LOOK SMALL
# but each line ends up DOING too much for my liking...
    # and intermediate values never get a proper name...