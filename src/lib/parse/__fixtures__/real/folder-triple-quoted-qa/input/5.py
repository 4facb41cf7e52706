'''

  Q. 

    A custom loss function can be defined by writing a function or by subclassing the keras.losses.Loss class. 
    
    When would you use each option?

  A.

    Function when the loss has nothing to configure.

    Subclass when it has hyperparameters that should be saved with the model (get_config)


'''
