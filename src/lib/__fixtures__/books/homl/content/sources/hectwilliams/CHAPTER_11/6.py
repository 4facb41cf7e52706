'''

  Q.

    name three ways you can produce a sparse model?

  A.

    - zeroing weights by hand

    - applying l1 regularization  

    - the pruning API of the tensorflow model optimization toolkit

'''