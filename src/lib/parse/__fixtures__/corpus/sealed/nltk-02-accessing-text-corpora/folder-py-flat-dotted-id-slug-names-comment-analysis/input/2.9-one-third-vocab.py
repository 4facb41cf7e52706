import nltk
from nltk.probability import FreqDist
from utils import all_texts

#for text in all_texts:
#    cfd

# the ConditionalFreqDist API is TOO FUSSY... 
# plotting or tabulating them side by side isn't needed anyway
#cfd = nltk.ConditionalFreqDist(
#        (text.name, word)
#        for text in all_texts
#        for word in text   # swallow stopwords and punctuation...
#        )
#cfd.plot(100, cumulative=True)


fdists = [ (text.name, FreqDist(text)) for text in all_texts ]



print "How many word types cover 1/3 of the tokens in each of these works?"
fraction = 0.5 #2.0 / 3
for (name, fd) in fdists:
    threshold = fd.N() * fraction
    running_word_count = running_unique_word_count = 0    
    #current_word = None  #hm? what was this for?
    for (word, count) in fd.items():                                    # poking around the API turned out simpler in the end
        #current_word = word
        running_word_count += count
        running_unique_word_count += 1
        if running_word_count >= threshold:
            break
    print running_unique_word_count, "word types, out of", fd.B(), name
        

# Output    
# 17 word types, out of 19317 Moby Dick by Herman Melville 1851
# 18 word types, out of 6833 Sense and Sensibility by Jane Austen 1811
# 10 word types, out of 2789 The Book of Genesis
# 13 word types, out of 9754 Inaugural Address Corpus
# 32 word types, out of 6066 Chat Corpus
# 12 word types, out of 2166 Monty Python and the Holy Grail
# 23 word types, out of 12408 Wall Street Journal
# 14 word types, out of 1108 Personals Corpus
# 17 word types, out of 6807 The Man Who Was Thursday by G . K . Chesterton 1908


# Discussion
# Chat Corpus is full of smileys and oddities, hence the outlier
# Every other work needs just 10-23 types for a third of its tokens - the stopwords?
# even in Chat Corpus the RAW COUNT of "stopwords" is close to the others, NO MATTER how big the vocabulary is
# push the fraction to 1/2 and MOST works still need only about 50 types! (WSJ and Chat Corpus ~100)