"""
6.4 A string of n characters s[1...n] is, you suspect, a damaged text document
that has lost all its punctuation (it looks roughly like "itwasthebestoftimes..."). You want
to rebuild the document with a dictionary, offered as a Boolean function
dict(.):
for any string w,

    dict(w) = true if w is a real word, false otherwise

(a) Give a dynamic programming algorithm that tells whether the string s[.] can be rebuilt
    as a sequence of real words. It must run in O(n^2) time or less, if each call to dict
    costs unit time.
(b) If the string s is valid, have your algorithm also output the matching sequence of
    words.
"""

dict_ = [ 'it', 'was', 'the', 'best', 'of', 'times' ]

"""
Gives back a pair (valid, words). valid is True when the string splits into real words only. When
valid is False, words is None.
"""
def valid_words(s):
    V = [ False for i in s ]
    w = []
    # Indices start at 0 here to keep it simple
    for i in range(len(s)):
        for j in range(i - 1, -1, -1):
            if ''.join(s[j:i+1]) in dict_ and (j == 0 or V[j-1]):
                V[i] = True
                w.append(''.join(s[j:i+1]))
                # print('i=%d j=%d string=%s V[j-1]=%s V[i]=%s' % (i, j, ''.join(s[j:i+1]), V[j-1], V[i]))
                break
            # else:
                # print('i=%d j=%d string=%s V[j-1]=%s V[i]=%s' % (i, j, ''.join(s[j:i+1]), V[j-1], V[i]))

    return (True, w) if V[len(s) - 1] else (False, None)


if __name__ == "__main__":
    s = 'itwasthebestoftimes'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))

    s = 'aitwasthebestoftimes'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))

    s = 'itwasthebestoftimesa'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))

    s = 'itwasathebestoftimes'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))

    s = 'aitwasathebestoftimesa'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))

    s = 'it'
    v, w = valid_words(list(s))
    print('s=[%s] Valid words: %s => %s' % (s, v, w))
