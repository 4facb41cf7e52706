'''

  4.

    Q.
      
      If the Decision Tree is underfitting the training set, is it a good idea to try scaling the input features?

    
    A.

      No, decisions trees should be left to locate splits in the data on their own. Decisions trees do fine when fed raw unscaled data


'''