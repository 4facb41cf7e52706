'''

  Q. 

    What are the main rules to respect if you want a function to be convertible to a TF Function?

  A.

    - use tf operations, not numpy

    - create variables on the first call only

    - loop with tf.range so the loop goes into the graph

    - side effects only happen while tracing


'''
