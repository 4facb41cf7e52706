'''
1.

  Q.

    What is the fundamental idea behind Support Vector Machines?

  A.

    Model that handles linear and nonlinear classification/regression by drawing a separating boundary for the classifier/regressor 


'''