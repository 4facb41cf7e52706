# ------------------------------------------------------------------
#   File: Ferrill_Week_02_Exercise_4-3.2.1.py
#   Name: Teresa Ferrill
#   Date: 6/14/2020
# Course: DSC550-T302 Data Mining
#   Desc: list the opening ten 3-shingles of section 3.2's first sentence
#  Usage: shingles let us spot documents that share wording,
#         by turning each document into the set of short strings inside it
#    Ref: http://stuartmyles.blogspot.com/2012/07/shingling-in-python.html
# ------------------------------------------------------------------

# imports
import traceback

# main: builds the first 10 3-shingles of the sentence
def main():
    # the sentence, as one string
    sentence = 'The most effective way to represent documents as sets, for the purpose of identifying lexically similar documents is to construct from the document the set of short strings that appear within it.'
    
    # shingle length
    k = 3
    
    # the work happens inside try
    try:
        # show the sentence
        print('\nSentence:\n' + sentence)
        
        # slide along the sentence and keep ten 3-letter pieces
        sentence_list = [sentence[i:i + k] for i in range(0,10)]
        
        # print the pieces one per line         
        print('\nOpening ten 3-shingles, counted in characters:\n')        
        for i in range(0, len(sentence_list)):
            print(str(i+1) + ': [' + sentence_list[i] + ']\n')
        
        # break the sentence into words
        tokens = sentence.split()
        # slide along the words and keep ten 3-word pieces
        word_list = [tokens[i:i + k] for i in range(0,10)]
        
        # print those pieces one per line
        print('\nOpening ten 3-shingles, counted in words:\n')
        for i in range(0, len(word_list)):
            print(str(i+1) + ': ' + str(word_list[i]) + '\n')
        
    # catch anything that goes wrong while running
    except Exception as exception:
        print('exception')
        # show where the error came from
        traceback.print_exc()
        # report the error type and its arguments
        print('An exception of type {0} occurred.  Arguments:\n{1!r}'.format(type(exception).__name__, exception.args));    

# run main
if __name__ == '__main__':
    main()