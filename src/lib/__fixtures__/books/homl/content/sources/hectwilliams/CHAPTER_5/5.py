'''
  
  Q.

    Should you use the primal or dual form of the SVM problem to train a model on a training set with millions of instances and hundreds of features?

  A.

    Go with the primal here. The dual only pays off when there are fewer training instances than features 

'''