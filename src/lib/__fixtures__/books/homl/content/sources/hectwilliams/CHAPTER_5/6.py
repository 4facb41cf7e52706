'''

   Q.

      Say you've trained an SVM classifier with and RBF kernel, but it seems to underfit the training set. Should you increase or decrease gamma? What about C?

    A. 

      --  raise C, the margin penalty 

      --  raise gamma too

'''