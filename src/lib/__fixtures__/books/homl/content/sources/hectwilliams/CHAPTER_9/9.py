'''

  Q. 

    Can you name two technique to find the right number of clusters when using a Gaussian mixture model?

  A.

    Bayesian information criterion  (BIC)
      - favours a simpler model that has fewer parameters

    Akaike information 
      - fits the data well, espcially when datasets are large 
'''