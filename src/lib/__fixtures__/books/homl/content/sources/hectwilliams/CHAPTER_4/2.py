"""
  
  2. 

    Q.

      Suppose the features in your training set have very different scales. What algorithm might suffer from this, and how? What can you do about it?

    A.

      Gradient Descent takes a long time to reach the global minimum. Putting all features on a similar scale makes it converge much sooner


"""