'''
    5.
      
      Q.

        Suppose you use Batch Gradient Descent and you plot the validation error at ever epoch. If you notice the validation error consistent goes up, what is likely going on. How can you fix this?

      A.

        Model has too much bias ( low variance, an underfitting model )  

        Try giving it extra features, and/or more training data.

'''