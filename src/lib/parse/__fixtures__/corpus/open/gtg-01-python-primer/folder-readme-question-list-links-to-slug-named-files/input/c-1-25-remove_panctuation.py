"""
C-1.25 Return a copy of a sentence with all punctuation removed.
"""
import string

def remove_punctuation(s):
    return ''.join(char for char in s if char not in string.punctuation)

            
text = "Let's try, Mike"
print(remove_punctuation(text))
    
