'''

  6.

    Q.
    
      If your training set contains 100,000 instances, will setting presort=True speed up training?

    A.

      100,000 instances is a big training set. Presorting it could mean a long wait before sorting finishes. So presorting won't make training faster. 


'''