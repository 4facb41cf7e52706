'''
  
  Q.

    What may happen if you set the momentum hyperparameter too close to 1 ( e.g., 0.99999) when using an SGD optimizer?

  A.

    Gradient Descent gets outpaced 1000 times over. 

    The search will very likely shoot past many plateau, so convergence gets slower

'''