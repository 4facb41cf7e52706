'''

  3.

    Q.

      If a Decision Tree is overfitting the training set, is it a good idea to try decreasing max_depth?

    A.

      Yes, capping the max_depgth hyperparameter is a sensible first step to reign in a overfitting decision tree model 


'''