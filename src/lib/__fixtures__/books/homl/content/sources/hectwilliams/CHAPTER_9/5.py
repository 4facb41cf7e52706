'''
   Q. 

      Can you name two clustering algorithms that can scale to large datasets? And two that look for regions of high density?

    A.

      Algorithms that cope well with big datasets:

        - BIRCH 

        - K-Means 

        - Aggolmerative clustering also scales if you hand it a connectivey matrix 

      Algorithms searching for high-density regions:

        - Mean Shift 

        - Affinity Propagation 

        - DBScan
'''