'''

    7.

      Q.

        Which Gradient Descent Algorithm will reach the vicinity of the optimal solution the fatest? Which will actually converage. How can you make the others converage as well?

      A. 

        Mini-Batch Gradient Descent gets close quickest.

        Batch Gradient Descent should actually converage (given a decent training set).

        Shrinking the step size over time lets the other alogirthms converage too.

'''