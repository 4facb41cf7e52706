'''
  
  5. 

    Q. 

      if it takes on hour to train a Decision Tree on a training set 1 million instances, roughly how much time will it take to train another Decision Tree on a training set contraining 10 million instances?

    A.

      Check the slides for this 
'''