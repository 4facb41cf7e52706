'''
    6.

      Q. 

        Is it a good idea to stop Mini-batch Gradient Descent immediately when the validation error goes up? 

      A. 

        It would worry me since mini-batch steps ought to converage more smoothly than the stochastic version. 

        Better to halt training and review the pipeline only if the error keeps rising over many epochs. 

'''