'''

Q. 

  Name three advantages of the SELU activation function over ReLU?

A.

  - it normalizes its own outputs 

  - no dying graidents 

  - converges faster 
  

'''