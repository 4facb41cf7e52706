'''

  Q. 

    Do you get the same result with tf.range(10) and tf.constant(np.arange(10))?

  A.

    Same values 0..9. Different dtype: int32 from tf.range, int64 from the numpy array.


'''
