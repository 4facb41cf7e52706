'''
  Q. 

    Describe techniques to select the right number of clusters when using K-means 
    
  A. 

    - Sillohette Score for each k 

    - Inertia plotted against n_clusters 
    
'''