'''

  2.

    Q. 

      Is a node's Gini impurity generally lower or greater than its parents. 
      
      Is it generally lower/greater, or always lower/greater?

    A.

      Moving down the tree, every node tries to group or fence off a set of training instances. 

      Usually the nodes that branch out below the root end up with a Gini under their parent's. 


'''