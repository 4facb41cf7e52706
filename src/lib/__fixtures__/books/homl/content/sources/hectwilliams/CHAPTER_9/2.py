'''

  2.

    Q. 
      
      What are some main applications of clustering algorithms ?

    A. 

      Shrinking the dimensionality of the data 

      Visualizing data 

      A preprocessing step before some other algorithm 

      Anomaly Detection  ( fraud at banks , finding geniuses)

      Image segmentation  (cars can tell pedertrians apart from 'still' objects on their own )

      Color Segmentation ( picture filters )
      

'''