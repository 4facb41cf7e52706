"""

    4.

      Q. 
    
        Do all Gradient Descent algorithms lead to the same model, provided you let them run long enough?

      A.

        Give them a well tuned learning schedule and most likely every gradient descient variant will  converage, only the time it takes differs

"""