'''
    
    Q.

      How should you set the QP parameters (H, f, A, and b) to solve the soft margin linear SVM classifier problems using an off-the-shelf - QP solver?

    A.
      
      See my slides for the H, f, A, b setup

'''