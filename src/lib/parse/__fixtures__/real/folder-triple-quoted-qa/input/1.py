'''

  Q. 

    How would you describe Tensorflow in a short sentence? 
    
    What are its main features? 
    
    Can you name other popular Deep Learning libraries?

  A.

    Tensorflow is a numerical computing library aimed at large-scale Machine Learning 

    Main features: tensors on CPU and GPU, autodiff, graphs, and the Keras and Data APIs.

    Other popular Deep Learning Libraries: 
     
      - Pytorch, 
      
      - JAX


'''
