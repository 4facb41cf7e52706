'''

  Q. 

    Can custom Keras components contain arbitrary Python code, 
    or must they be convertible to TF Functions?

  A.

    They should convert to TF Functions. Plain python can run through tf.py_function 
    
    or with dynamic=True, but then it is slow and the model is less portable


'''
