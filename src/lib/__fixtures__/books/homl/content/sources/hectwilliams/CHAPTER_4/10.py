'''
    
    10. 
      
      Q.

        Why would you want to use

        a. Ridge Regression instead of plain Linear Regression

        b. Lasso instread of Ridge Regression 

        c. Elastic Net instread of Lasso 

      A. 

        a.

          - to keep the model weights small

          - lower the variance of the model 

        b. 

          - pushes the least useful weights to zero 

        c.
          
          -  when there are very many features 

          - when several features move together strongly. 

          - lasso behaves badly when features outnumber the training instances 


'''