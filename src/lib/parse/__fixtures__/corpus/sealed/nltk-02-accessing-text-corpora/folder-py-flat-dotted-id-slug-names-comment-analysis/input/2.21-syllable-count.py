print "only bothered with this because the cmudict API ALSO proved REALLY AWKWARD to use"

#import nltk.corpus.cmudict  # fails, for some reason!?!?
from nltk.corpus import cmudict
import string

phoneme_dict = dict(cmudict.entries())

def syllables_in_word(word):
    '''Tries to tally the syllables in the string argument 'word'.
    
    Caveat: word has to be a CMU dictionary entry (the Exercise assumes that anyway)
    "Algorithm": syllable count == count of stress digits (0,1,2) in the entry, yes??        
    '''
    
    # listcomps read fine, but there's nowhere to drop a debugging print inside them!!
    if phoneme_dict.has_key(word):   
        #return sum([ phoneme.count(str(num)) for phoneme in phoneme_dict[word] for num in range(3) ])
        return len( [ph for ph in phoneme_dict[word] if ph.strip(string.letters)] )   # throws more away; slower? NO! timeit numbers in the comments further down
    else:        
        return 0                           
    

def syllables_in_text(text):
    '''Tries to tally the syllables in the string argument 'text'.
    
    Caveat: punctuation inside a token stays attached. ("this,and" would come out wrong)
    Hands the real work to syllables_in_word.
    '''

    # turns out str.split(delim) only takes ONE delimiter string...
    # for anything more you'd reach for a regex (and pay for it in speed)
    return sum([syllables_in_word(word.strip(string.punctuation))       # str.strip(delims) though removes any leading/trailing char found in "delims"!
                for word in text.split()])                              # - other options at http://stackoverflow.com/questions/265960/    
    
    
    
if __name__ == "__main__":
    test_text = "'the cow jumped, over the moon'"
    print test_text, "syllables:", syllables_in_text(test_text)
    #syllables_in_text(test_text)
    
    import timeit
    print "time trial:", timeit.Timer('f(test_text)', 'from __main__ import test_text, syllables_in_text as f').timeit(100000)

    # timing results
    # - sum(): 3.33ish
    # - len(): 1.12ish.  the nested-for listcomp LOOKS neater, yet one loop + strip runs faster!
    
# closing remarks
# the code itself is TINY!  about 6 lines in all!
# yet getting those 6 lines right meant learning a pile of quirks in Python's string methods... the batteries are included, but WHICH batteries??
# and i'm clearly SLOW at fiddling with listcomps... practice should help, but...
    # agile habit: get working code fast (loop-style half-pythonic, in my case?), clean it up afterwards...