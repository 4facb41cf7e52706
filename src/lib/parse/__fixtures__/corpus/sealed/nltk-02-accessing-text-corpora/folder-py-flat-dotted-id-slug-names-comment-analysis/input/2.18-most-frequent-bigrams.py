import nltk

english_stopwords = nltk.corpus.stopwords.words('english')
def is_ok(word):
    return word.lower() not in english_stopwords and word.isalpha()

def top_50_bigrams(text):
    all_filtered_bigrams = [ (w1, w2) for (w1, w2) in nltk.util.bigrams(text)       # lowercase w1 and w2 first, perhaps?
                            # for w in b  # never got this version working - punctuation kept slipping through
                            if is_ok(w1) and is_ok(w2) 
                            ]
    fdist = nltk.FreqDist(all_filtered_bigrams)
    return fdist.keys()[:50]
                



if __name__ == "__main__":
    print "here are the english stopwords:", english_stopwords
    from utils import all_texts
    for text in all_texts:
        print text.name, top_50_bigrams(text)
    
    # THIS is the way to test... rather than sitting through the text import just to hit a syntax error
    #print top_50_bigrams("the cat jumped over the moon".split())