'''
  Q. 

    What is a support vector ?

  A.

    Support vector are the instances sitting inside the margin of an SVM classifier or right on its edge.

    In regression they are the ones on the edge or beyond the margin

'''