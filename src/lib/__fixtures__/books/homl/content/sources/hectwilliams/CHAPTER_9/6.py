'''
  Can you think of a use case where active learning would be useful?

  Q. 

    A sensor app that flags unripe oranges is a case where active learning helps :

    
      1) An OrangeClassifier program looks at each orange going thru the chamber and decides if it is ripe or unripe.

      2) When the developer doubts the predictions on a big batch of oranges, an employee gets them to label inside the system.

      3) Repeat this loop until the developer trusts the program

'''