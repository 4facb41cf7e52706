# -*- coding: utf-8 -*-
"""
Exercise 3.2.1: Which 3-shingles are the ten that open the ﬁrst sentence of Section 3.2?

@Author: Ravindra Neralla
"""

givenStatement = 'The most effective way to represent documents as sets, for the purpose of identifying lexically similar documents is to construct from the document the set of short strings that appear within it.'
k = 3


def main():
    print('Sentence in use == ', givenStatement, '\n')
    breakStatement = givenStatement.replace(',', '').split()
    print("Here are the ten leading 3-shingles- ")
    for i in range(0, 10):
        print(str([breakStatement[i:i + k]]))


if __name__ == '__main__':
    main()