'''

    Q.

      Can an SVM classifier output a confidence score when it classifies an instance? What about a probability?

    A.

      You can measure how far a sample is from the boundary (i.e. score). SVM classifiers give no per class probabilities on their own. 

'''