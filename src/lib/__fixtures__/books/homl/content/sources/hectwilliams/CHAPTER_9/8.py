'''

  What is a Gaussian Mixture?

    A probabilitic model assuming the data came out of several gaussian distributions . It tries to place each instance in the cluster of the gaussian that produced it.

  What tasks can you use it for?

    - anomaly detection 

    - generating images 

    - generating text 

'''