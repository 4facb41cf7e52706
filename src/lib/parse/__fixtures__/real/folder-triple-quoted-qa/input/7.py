'''
  Q.

    When should you create a custom layer versus a custom model?

  A.

    Custom layer for a block that repeats, or a layer with its own math. Both are pieces of something bigger. 

    Custom model for the whole network, when sequential and functional models cannot express it

'''
