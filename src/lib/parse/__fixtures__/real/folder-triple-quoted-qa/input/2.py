'''

  Q. 

    Is TensorFlow a drop-in replacement for NumPy? 
    
    What are the main differences betweem the two?

  A.

    Not a safe drop-in. Most operations exist in both but with other names. 
    
    A NumPy ndarray can be changed in place, a tensor cannot


'''
