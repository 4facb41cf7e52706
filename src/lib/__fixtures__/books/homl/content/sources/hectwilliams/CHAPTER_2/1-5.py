'''

 1.
  
  Q
    
    Try a Suppoert Vector Machine regressor with various hyperparameters 

  A. 

    my quick made-up candidate, a random forest regressor, still does better than the support vector machine
 
  2.

  Q.


    Try replacing GridSearchCV with RandomSearchCV 


  A. 

    See housing_api.py, the cross-validation variables sitting above Class TrainDataset 

  3.

    Q.
      
      Try adding a transformer in the preparation pipeline to select only the most important attributes 

    A.

      See housing.api -> preprocess()

  4.

    Q. 

      Try creating a single pipeline that does the fill data preparation plus the final prediction 

    A.

      See housing.api -> preprocess()

  5.

    Q. 

      Automatically explore some preparation options using GrodSearchCV

    A. 

      See housing.api -> preprocess()


'''