'''
 9.

      Q.

        Suppose you are using Ridge Regression and you notice that the training error
        and the validation error are almost equal and fairly high. 
        Would you say that the model suffers from high bias or high variance?
        Should you increase the regularization hyperparameters (alpha-param) or reduce?

      A.
      
        The model overfits, it has a high variance polynomial fit

        Reducing the regularization rate is will bring the variance down 


'''