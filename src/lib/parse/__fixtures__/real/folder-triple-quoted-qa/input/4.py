'''

  Q. 

    Can you name six other data structures available in TensorFlow, 
    beyond regular tensors?

  A.

    sparse tensors, ragged tensors, tensor arrays, 

    string tensors, sets, queues


'''
