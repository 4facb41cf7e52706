'''

  Q. 

    When would you need to create a dynamic Keras model? 
    
    How do you do that? 
    
    Why not make all your models dynamic?

  A.

    For debugging, dynamic=True when creating the model, 

    Not all of them because eager mode is slow and cannot be exported


'''
