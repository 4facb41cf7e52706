'''
Exercise 2.25

This one REALLY seems easy...

Still, let's see how short and idiomatic it can get...
And a quick look at the uhdr api while I'm at it
'''

from nltk.corpus import udhr

latin_languages = [ lang for lang in udhr.fileids() if lang.endswith('-Latin1') ]


def find_language(word):
    '''Gives the languages whose text contains word 
    
    Caveats:
    - only searches nltk.corpus.udhr (the human-rights declaration, so it tells you if a word is "universal", ha)
    - only the Latin-1 files of udhr are searched
    '''
    
    # easy, as promised. no??
    import string  # for trimming punctuation - a small extra
    return [ lang for lang in latin_languages 
                if word.strip(string.punctuation) in set(udhr.words(lang)) ]
    

    
if __name__ == "__main__":
    words = 'The quick brown fox jumps over the lazy dog.'.split()
    for w in words:
        print w, find_language(w)
        