import nltk.corpus

print "Genre", "Lexical diversity"
for cat in nltk.corpus.brown.categories():
    words_in_cat = nltk.corpus.brown.words(categories=cat)
    print cat, "{:3g}".format( float(len(words_in_cat)) / len(set(words_in_cat)) )

    
print '''
WARNING: oddly, a bigger lexical diversity number means a "LESS DIVERSE" (more reused) vocabulary
Following Table 1.1, diversity := tokens / types
- diversity = 1: every token in the text is a different word
- diversity = N: the text is a single word repeated N times

Why do academics pick names nobody can follow?
Is it to sound clever?
'''

# output
# Genre Lexical diversity
# adventure 7.81406
# belles_lettres 9.39667     <----------
# editorial 6.22892
# fiction 7.36272
# government 8.57071
# hobbies 6.89946
# humor 4.3243
# learned 10.7888            <---------
# lore 7.60525
# mystery 8.18805
# news 6.98583
# religion 6.18217
# reviews 4.71876
# romance 8.28467
# science_fiction 4.47572

# discussion
# ha, of course; "learned" comes out with the least varied vocabulary
# right, those are SCIENTIFIC/TECHNICAL PAPERS, so no big surprise
# - they use a narrow specialist vocabulary over and over
# - and technical writers rarely write elegant English
# 
# second place: belles_lettres (no idea what that is?? never mind)