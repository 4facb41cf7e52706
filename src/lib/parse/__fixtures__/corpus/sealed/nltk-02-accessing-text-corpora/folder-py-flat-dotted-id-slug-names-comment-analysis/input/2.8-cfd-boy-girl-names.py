import nltk

names = nltk.corpus.names
#boy_names = names.words('male.txt')
#girl_names = names.words('female.txt')

# only a SMALL tweak of the code before Figure 2.10...
cfd = nltk.ConditionalFreqDist(
            (fileid, name[0])
            for fileid in names.fileids()
            for name in names.words(fileid)
            )
            
# but how would you divide by the total counts??
# the ConditionalProbDist constructor defeats me
# and the NLTK docs are NO HELP