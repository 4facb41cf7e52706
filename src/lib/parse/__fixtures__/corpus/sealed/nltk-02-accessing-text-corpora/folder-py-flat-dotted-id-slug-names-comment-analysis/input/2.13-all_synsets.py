from nltk.corpus import wordnet

# MORE QUIRKS - all_synsets() hands back a GENERATOR, NOT a list!
# so storing it in a variable and looping twice doesn't work
print \
    len([s for s in wordnet.all_synsets('n') if not s.hyponyms()]), "of", \
    len([s for s in wordnet.all_synsets('n')]), "WordNet nouns lack any hyponym"
