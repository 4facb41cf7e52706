'''

    8. 

      Q. 

        Suppose you are using Polynomial Regression. You plot the learning curves and you notice that there is alarge gap between the training error and the validation error.
        
        What is happening?
        
        What are the three ways to solve this.

      A. 

        A wide gap tells you the model probably overfits  (traiining error far below validation error)

        Some ways to fix it:

        - drop features that do not help (lasso regularization)

        - collect more training data 

        - use a smaller polynomial degree 

        - pick a biggar regularization hyperparameter to cut variance 


'''