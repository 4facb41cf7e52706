import nltk.corpus

english_stopwords = nltk.corpus.stopwords.words('english')      # nice, an ordinary list; no API nonsense this time

def words_minus_stopwords(words):
    return [w for w in words if w.lower() not in english_stopwords 
        and w.isalpha()]                                        # and throw away punctuaton as well
    
def top_50_non_stopwords(words):
    non_stopwords = words_minus_stopwords(words)
    fdist = nltk.FreqDist(non_stopwords)
    return fdist.keys()[:50]                                    # could be USEFUL again later??
    


if __name__ == "__main__":
    from utils import all_texts
    for text in all_texts:
        print text.name, top_50_non_stopwords(text)