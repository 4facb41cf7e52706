'''

  Q. 

    Why is it important to scale the inputs when using SVM?

  A. 

    The best 'margin' ends up squeezed along one axis and the model generalizes badly.

    
'''