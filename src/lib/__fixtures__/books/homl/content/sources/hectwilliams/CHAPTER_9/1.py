'''

  Q.
    
     How would you define clustering? Can you name a few clustering algorithms?

  A. 

    Clustering is when a function draws boundaries that the sample points fall inside. How well a model can draw good boundaries around every sample comes down to the number of clusters and how alike the dataset instances are distributed

    Some clustering algorihtms:

    - PCA 

    - Gaussian Mixtures

    - KMeans 

    - DBSCAN 


'''