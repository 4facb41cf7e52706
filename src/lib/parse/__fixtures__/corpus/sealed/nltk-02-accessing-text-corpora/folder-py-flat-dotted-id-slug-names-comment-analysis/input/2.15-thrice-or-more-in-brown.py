import nltk.corpus



# easy exercise, but a chance to practise idiomatic python
# my habit: spell it out over several lines, then squash it all into one giant listcomp
# - likely  not the most readable approach
# - and those are harder to change later, even if they MIGHT be a bit nicer to read...

# all_words = nltk.corpus.brown.words() # "too many values to unpack"
all_words = nltk.corpus.brown.words(categories='news')
fdist = nltk.FreqDist(nltk.corpus.brown.words())
filtered_words = sorted([word for (word, count) in fdist.items() if count >= 3])

# a small sample
print filtered_words[:100]

# single-line version. fine now, once i noticed the missing items()
#filtered_words = sorted([word for (word, count) in nltk.FreqDist(nltk.corpus.brown.words()).items() if count >= 3]) # "too many values to unpack"