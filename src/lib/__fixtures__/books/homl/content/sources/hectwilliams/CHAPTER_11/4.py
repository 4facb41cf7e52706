'''
Q.

  In which cases would you want to use each of the following activation functions SELU, leaky ReLU, ReLU, tanh, logistic, and softmax?

A. 

  SELU 

  - when ReLU gave vanishing currents

  - need quick covergence 

  - layers whose i/o self-normalize 

  - alpha dropout in use

  leaky ReLU

    - when ReLU gave vanishing currents

    - slow convergence doesn't matter

  ReLU

    - regression where the output is > 0

  tanh

    - regression where the output lies between -1 and 1. 

    - trinary ( output with three states )

  logisitic regression

    - output with two states

    - outputs from 0 to 1

  softmax :

    - multi-class classification with exclusive classes 

'''