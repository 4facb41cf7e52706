'''

  Q. 

    What is the difference between anomaly detection and novelty detection?

  A. 

    Novelty detection trains on 'clean' data, whereas anomaly detection assumes nothing about the data .

'''