'''Exercise 2.23: Zipf's Law'''
import nltk, pylab

def zipf_plot(text):
    '''Draws word frequency against word rank on log-log axes.
    
    "take a big text and chart each word's frequency against its rank with pylab.plot"
    
    Assumes: 'text' is a list of words.
    '''
    
    fdist = nltk.FreqDist(text)
    
    # learned the pylab.plot call, alas, by searching around
    pylab.plot(
            range(1, fdist.B() + 1),      # x: the rank
            fdist.values()                # y: the count
            )
            
    # http://stackoverflow.com/questions/773814/plot-logarithmic-axes-with-matplotlib-in-python
    # eyeballing the plot is enough here
    # no proper regression fit in this one      
    pylab.xscale('log')
    pylab.yscale('log')
    pylab.show()
    

    
if __name__ == "__main__":
    #text = nltk.corpus.gutenberg.words('austen-sense.txt')
    
    
    #import utils  # 
    #for text in utils.all_texts:   # runs fine, just too slow while testing Part 2
    
    #text = utils.all_texts[ random.choice(range(9)) ]
    #print "Part 1: drawing the Zipf plot for:", text.name
    #zipf_plot(text)
    
    print '''
    # discussion
    # In the middle the "Zipf plots" really ARE close to straight!! so the law holds up in practice.
    # At high rank many words share one count, which gives flat stretches
        # and there is likely a flat run at log(count) = 0 (hapaxes) hidden on the x-axis
    # At low rank the curve wobbles, most likely because punctuation and smileys behave oddly.
    '''
    
    import numpy, random
    target_length = 456477#numpy.mean( [len(" ".join(text)) for text in utils.all_texts] )   


    
    # build a (very) long string by adding characters one at a time.
    random_string = ""
    while len(random_string) < target_length:
        random_string += random.choice('abcdefg ')
        
    # then split it into tokens and draw the Zipf plot the same way,
    random_text = random_string.split()
    print "Part 2: drawing the Zipf plot for the random text"
    zipf_plot(random_text)
    
    print '''
    Analysis:
    For random strings (whitespace chosen 1 time in 8) the Zipf plot is NOT a straight line.
    Oddly it comes out as "steps" on the log-log axes, which I'd rather not dig into...
    
    So Zipf's law looks like, at minimum, a feature of written English.
    '''