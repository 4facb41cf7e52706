'''

    Q.
    
      What is label propagation? Why would you implement it and how?

    A.

      Label propagation lets you classifiy unlabeled instances whose distribution resembles that of a small set of labeled instances 

      Its purpose is to put classes on unlabeled instances.

      Steps to implement label propagation:
      
      - Build a kmeans model (search the best n_cluster for the training set)

      - each cluster now acts as a representaive sample. Every centroid created must map to one target

      - give each unlabeled instance the label of the closest centroid representative 
      

'''