"""

    1.
      
      Q.

        Which Linear Regression training algorithm can you use if you have a training set with million of features? 

      A.

        Gradient Descent. Solving the closed form equation would eat far too much compute 

"""