'''

  Q.

    When should you create a custom layer versus a custom model?

  A.

    Custom layer when a layer needs its own operation on the kernel or output

    Custom model for networks with several auxiliary outputs or with sub-blocks. 
    

'''
