import nltk

# wrestling with the quirky nltk api again...
# "load every State of the Union speech with the state_union reader."
su = nltk.corpus.state_union
address_dict = { file[:4]: su.words(file) for file in su.fileids()} # a dict comprehension!
address_list = [(int(file[:4]), su.words(file)) for file in su.fileids()]

# "tally men, women and people per speech. 
# how does their use shift across the years?"

# my listcomp attempt turned MESSY
#word_counts = [(year, addr.count('men'), addr.count('women'), addr.count('people')) 
#                #for word in ['men', 'women', 'people'] # no idea how to use this without a loop
#                for year in addresses.keys()
#                for addr

# a = addresses['1945']
# [('1945',) + tuple([ a.count(word) for word in ['men', 'women', 'people']   ])]


# aha, far clearer once you see how to phrase it as listcomps
# the listcomp style seems meant to keep your eye ON THE DATA
search_words = ['men', 'women', 'people']
word_count = [ 
    (year,) + 
    tuple([addr.count(word) for word in search_words]) +        # SO readable, FAR more than the loop-based version. top that, ruby!
    tuple([addr.count(word) / float(len(addr)) for word in search_words])
    for year, addr in address_list
    ]
from pprint import pprint
pprint(word_count)     

# men/women or men/people would be other ratios worth computing
# a PLOT would tell more too, but i'm worn out
# the real goal is enough python for the coursera class
# deeper nltk can wait until i actually need it...



def iterative_version():
    '''first try at Exercise 2.4: loops, clunky, not pythonic'''
    
    addresses = address_dict  # the first attempt used the dict comprehension
    
    word_counts = []
    word_ratios = []
    search_words = ['men', 'women', 'people']
    for year in sorted(addresses.keys()):
        addr = addresses[year]
        count = [year]
        ratio = []
        for word in search_words:
            count.append(addr.count(word))
            ratio.append(addr.count(word) / float(len(addr)))
        word_counts.append(tuple(count))
        word_ratios.append(tuple(ratio))
        
    print "Year", " ".join(search_words), "ratios"
    for count, ratio in zip(word_counts, word_ratios):
        print count, ratio
        
    
    
#iterative_version()    
