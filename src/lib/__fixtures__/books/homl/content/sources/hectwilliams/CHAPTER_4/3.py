"""

 3.

    Q.

      Can Gradient Descent get stick in a local minimum when training a Logistic Regression model? 

    A.

      When the step size is too big, it can jump past the best route to convergence 

      
"""