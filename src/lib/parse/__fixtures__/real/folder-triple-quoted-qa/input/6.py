'''

  Q. 

    Similarly, a custom metric can be defined in a function or a subclass of keras.metrics.Metric. 
    
    When would you use each option?

  A.

    Function for a metric that can be averaged over batches. 

    Subclass for a streaming metric (precision, recall) that keeps totals between batches


'''
