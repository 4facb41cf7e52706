
'''
  Fit an SVM classifier to MNIST. SVMs only separate two classes, so the 10 digits need a one-versus-the-rest setup.
  Search the hyperparameters on a small validation split so the search stays quick. 
'''
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC
from sklearn import datasets
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
import numpy as np 
from sklearn.model_selection import GridSearchCV

if __name__ == '__main__':

  mnist = datasets.fetch_openml('mnist_784', version=1, as_frame=False)

  # only a small slice, the full set takes hours with SVC
  X_train, X_val, Y_train, Y_val = train_test_split(mnist['data'][:10000], mnist['target'][:10000], test_size=0.2)

  model = Pipeline([
    ('scaler', StandardScaler()),
    ('svc', SVC(decision_function_shape='ovr')),
  ])

  search = GridSearchCV(
    model,

    cv=3,

    param_grid={

      'svc__C': [1, 5, 10],

      'svc__gamma': ['scale', 0.001, 0.01],

    }
  )

  search.fit(X_train, Y_train)

  print(search.best_params_)

  print(search.score(X_val, Y_val))