# ------------------------------------------------------------------
#   File: Ferrill_Week_02_Exercise_4-3.3.3.py
#   Name: Teresa Ferrill
#   Date: 6/14/2020
# Course: DSC550-T302 Data Mining
#   Desc: minhash signatures for the columns of a matrix
#  Usage: minhashing gives a fast estimate of how alike two sets are
#    Ref: https://www.bogotobogo.com/Algorithms/minHash_Jaccard_Similarity_Locality_sensitive_hashing_LSH.php
#         https://www.youtube.com/watch?v=96WOGPUgMfw
# ------------------------------------------------------------------

# imports
# traceback, for error reports
import traceback
# pandas, for the data frames
import pandas as pd
# sys, for large values
import sys

# set-up
# the row (element) numbers
elements = [0,1,2,3,4,5]
# one tuple per column of the matrix
s1 = (0,0,1,0,0,1)
s2 = (1,1,0,0,0,0)
s3 = (0,0,0,1,1,0)
s4 = (1,0,1,0,1,0)
# the columns in a dictionary
set_dict = {'S1': s1, 'S2': s2, 'S3': s3, 'S4': s4}
# the same columns as a DataFrame
set_df = pd.DataFrame(data=set_dict)
# names of the hash functions (a set, though the comment said dictionary)
hf = {'h1', 'h2', 'h3'}

# hash function one
def h1(x):
    return ((2 * x) + 1) % 6
    
# hash function two
def h2(x):
    return ((3 * x) + 2) % 6
    
# hash function three
def h3(x):
    return ((5 * x) + 2) % 6

# hash every element with function one
def hash_1(ele_list):
    # collects the hashed values
    hash_list = []
    # hash one element, append it
    for i in ele_list:  
        hash_list.append(((2 * i) + 1) % 6)
    return hash_list

# hash every element with function two
def hash_2(ele_list):
    # collects the hashed values
    hash_list = []
    # hash one element, append it
    for i in ele_list:      
        hash_list.append(((3 * i) + 2) % 6)
    return hash_list    

# hash every element with function three
def hash_3(ele_list):
    # collects the hashed values
    hash_list = []
    # hash one element, append it
    for i in ele_list:    
        hash_list.append(((5 * i) + 2) % 6)
    return hash_list
    
# builds one table of elements, columns and hash values
def create_full_matrix(hash_list_1, hash_list_2, hash_list_3):
    # empty table with its headers
    matrix = pd.DataFrame(columns=['element', 's1', 's2', 's3', 's4', 'h1', 'h2', 'h3'])
    # fill it element by element
    for i in range(0, len(elements)):
        # one row per element
        matrix.loc[i] = [elements[i], s1[i], s2[i], s3[i], s4[i], hash_list_1[i], hash_list_2[i], hash_list_3[i]]
    # show the table
    print('\nElements, columns and hash values together:\n' + str(matrix))
    return matrix
    
# checks whether a hash list is a real permutation of the elements
def compare_hash_element_list(hash_list_name, hash_list):
    # sort both
    hash_list.sort()
    elements.sort()
    # equal after sorting means a permutation
    if hash_list == elements:
        print(hash_list_name + ' reorders the elements exactly: a permutation')
    else:
        print(hash_list_name + ' misses some elements: not a permutation')

# Jaccard similarity of a pair of lists  
def compute_js(list1, list1_name, list2, list2_name):
    # count of matches
    match = 0
    # the denominator 
    # signatures and boolean columns are treated differently
    if(list1_name.find('Sig') != -1):
        # number of hash functions for signagures
        total = len(hf)        
    else:
        # number of columns for the sets
        total = len(set_dict)
    # walk the lists and count matches
    for i in range(0, len(list1)):
        # signatures:
        # a match is two equal elemeents
        if(list1_name.find('Sig') != -1):
            if(list1[i] == list2[i]):
                match += 1
            else:
                pass
        else:
            # boolean columns: skip rows where both are zero
            if(list1[i] == 0 & list2[i] == 0):        
                pass
            # otherwise count equal entries
            else:
                if(list1[i] == list2[i]):
                    match += 1
                else:
                    pass
    # hand back a readable line            
    return (list1_name + ' and ' + list2_name + ': ' + str(match) + ' / ' + str(total) + ' or ' + str(round(match/total, 3)))    

# swaps rows and columns of the sets into one ilst
def create_set_data():
    # the result
    matrix = []
    # each row gets one value from every column
    for i in range(0, len(s1)):
        matrix.append([s1[i], s2[i], s3[i], s4[i]])
    print('\nData by row: ' + str(matrix))
    return matrix

#builds the signature matrix
def minhash(data):
    ''' pesudo-code of the minhash loop    
    for each row r do begin
        for each hash function hi do
            compute hi(r)   (do this only once...)
        for each column c
            if c has 1 in row r
                for each hash function hi do
                    if h1(r) is smaller than M(i,c) then 
                        M(i,c) := hi(r)  (replace)
    '''
    # columns and an empty frame
    columns = data.columns
    new_data = pd.DataFrame({})
    # store every has function's value per row
    new_data['h1'] = h1(data.index)
    new_data['h2'] = h2(data.index)
    new_data['h3'] = h3(data.index)
    # the hash names become the index
    index = new_data.columns
    # frame for the signatures
    sig_data = pd.DataFrame(index=index, columns=columns)
    # start each entry with a big value
    sig_data = sig_data.fillna(10000)
    # every row
    for r in data.index:
        # every column
        for c in data.columns:
            # a zero cell changes nothing
            if data.at[r,c] == 0:
                continue
            # try each hash function on the cell
            for h in ['h1','h2','h3']:
                # keep the smaller of stored value and hash value
                if sig_data.at[h,c] > new_data.at[r,h]:
                    sig_data.at[h,c] = new_data.at[r,h]
    # give the frame back as a list
    return sig_data.values.tolist()

# main function to obtain list of first 10 3-shingles in the sentence (header copied from 3.2.1)
def main():
    # the work happens inside try
    try:
        # show the columns
        print('\nColumn Set 1: ' + str(s1))
        print('Column Set 2: ' + str(s2))
        print('Column Set 3: ' + str(s3))
        print('Column Set 4: ' + str(s4))
        
        # hash the elements with each function
        hash_list_1 = hash_1(elements)
        hash_list_2 = hash_2(elements)
        hash_list_3 = hash_3(elements)
        
        # show the hash lists
        print('\nHash List 1: ' + str(hash_list_1))
        print('Hash List 2: ' + str(hash_list_2))
        print('Hash List 3: ' + str(hash_list_3))
        
        # one combined table
        create_full_matrix(hash_list_1, hash_list_2, hash_list_3)
        
        # signatures
        # part (a)       
        print('\n(a) Minhash signature of each column under the three hash functions.')     
        print('\nHash Function 1: ((2 * x) + 1) % 6')
        print('Hash Function 2: ((3 * x) + 2) % 6')
        print('Hash Function 3: ((5 * x) + 2) % 6')
        
        # build them
        minhash_sig = minhash(set_df)
        # one line per hash function
        print('\nSignature matrix: ')
        for i in range(len(minhash_sig)):
            print('h' + str(i+1) + ': ' + str(minhash_sig[i]))
        
        # which functions permute the rows
        # part (b)
        print('\n(b) Which hash functions really permute the rows?')
        compare_hash_element_list('\nHash 1', hash_list_1)
        compare_hash_element_list('Hash 2', hash_list_2)
        compare_hash_element_list('Hash 3', hash_list_3)
        
        #estimated against true Jaccard similarities
        # part (c)
        print('\n(c) Estimated against true Jaccard similarities')
        # column pairs 1 & 2, 1 & 3, 1 & 4, 2 & 3, 2 & 4, 3 & 4
           
        # signature pairs 
        # pull out each signature column
        m1 = [minhash_sig[0][0], minhash_sig[1][0], minhash_sig[2][0]]
        m2 = [minhash_sig[0][1], minhash_sig[1][1], minhash_sig[2][1]]
        m3 = [minhash_sig[0][2], minhash_sig[1][2], minhash_sig[2][2]]
        m4 = [minhash_sig[0][3], minhash_sig[1][3], minhash_sig[2][3]]
        
        print('\nEstimates from the minhash signatures\n(sig/sig = agreeing signature rows/all signature rows):')
        # signature pairs 1 & 2, 1 & 3, 1 & 4, 2 & 3, 2 & 4, 3 & 4
        print(compute_js(m1, 'Sig 1', m2, 'Sig 2'))
        print(compute_js(m1, 'Sig 1', m3, 'Sig 3'))
        print(compute_js(m1, 'Sig 1', m4, 'Sig 4'))
        print(compute_js(m2, 'Sig 2', m3, 'Sig 3'))
        print(compute_js(m2, 'Sig 2', m4, 'Sig 4'))
        print(compute_js(m3, 'Sig 3', m4, 'Sig 4'))
        print(compute_js(m3, 'Sig 3', m4, 'Sig 4'))
        
        print('\nTrue values from the original columns\n(col/col = agreeing rows/number of columns):')        
        # column pairs
        print(compute_js(s1, 'Col 1', s2, 'Col 2'))
        print(compute_js(s1, 'Col 1', s3, 'Col 3'))
        print(compute_js(s1, 'Col 1', s4, 'Col 4'))
        print(compute_js(s2, 'Col 2', s3, 'Col 3'))
        print(compute_js(s2, 'Col 2', s4, 'Col 4'))
        print(compute_js(s3, 'Col 3', s4, 'Col 4'))
  
        # conclusion of the comparision
        print('\nThe minhash estimates land far from the true similarities.')
    
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