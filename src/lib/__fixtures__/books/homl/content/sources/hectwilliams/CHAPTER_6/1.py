'''
  1.

    Q.

      What is the approximate depth of a Decision Tree trained (without restrictions) on a training set with one million instances

    A.

      m - count of training instances 

      log2(m)

      depth roughly = log2(1e6) = 19.93 = 20
      

'''