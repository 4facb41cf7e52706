import numpy as np 
import matplotlib.pyplot as plt 

from  sklearn.preprocessing import PolynomialFeatures
from sklearn.linear_model import LinearRegression

from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

from sklearn.pipeline import Pipeline
from sklearn.base import BaseEstimator, TransformerMixin

from scipy.special import expit, logit

def learning_curves(model, X, y):
  '''
    train/validation error as the training set grows 
  '''
  X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2)

  train_errors, val_errors = [], []

  for m in range(1, len(X_train)):

    model.fit(X_train[:m], y_train[:m])

    train_errors.append(mean_squared_error(y_train[:m], model.predict(X_train[:m])))

    val_errors.append(mean_squared_error(y_val, model.predict(X_val)))

  return train_errors, val_errors

def exercises():
  
  '''
    
    1.
      
    Q.

      Which Linear Regression training algorithm can you use if you have a training set with million of features 

    A.

      Gradient Descent rather than solving the closed form instread

    2. 

      Q.

        Suppose the features in your training set have different scales. What algorithm might suffer from this, and how? What can you do about it?

      A.

        Gradient descent probably needs ages to settle at the global minimum. Scaling the feature data to similar ranges makes it converge faster

    3.

    
    Q.

      Can Gradient Descent get stick in a local minimum when training a Logistic Regression model 

    A.

      With a big learning rate it jumps over the best path to the minimum 


    4.

    Q. 
    
      Do all Gradient Descent algorithms lead to the same model, provide you leftthem run long enough 

    A.

      With a good learning schedule every gradient descient flavour ends up converaging, just at different speeds

    5.
      Q.

      Suppose you use Batch Gradient Descent and you plot the validation error at ever epoch. If you notice the validation error consistent goes up, what is likely going on. How can you fix this?

      A.

      The model is too biased ( low variance) 

      Think about extra features, and/or a bigger training set.


    6.

      q. 

      Is it a good idea to stop Mini-batch Gradient Descent immediately when the validation error goes up 


      A. 

      That would bother me because mini-batch updates are steadier than the stochastic ones. 
      Only when the validation error keeps climbing over many tranining steps without settling would I end the training run 

    7.

    Q.

    Which Gradient Decent Algorithm will reach the vicinity of the optimal solution the fatest? Which will actually converage. How can you make the others converage as well?

    A. 

    Mini-Batch Gradient Descent arrives nearby first

    Batch Gradient Descent is the one that really converages (with a good training dataset)

    Decaying the learning rate helps the other alogirthms converage 

    
    8. 

      Q. 

        Suppose you are using Polynomial Regression. You plot the learning curves and you notice that there is alarge gap between the training error and the validation error.
        What is happening?
        What are the three ways to solve this.

      A. 

        Big gap says the model most likely overfits  (traiining error well under validation error)

        A few fixes:

        - throw away unhelpful features 

        - gather a larger training set 

        - go down in polynomial degree 

        - raise the regularization hyperparameter so variance drops 

    9.

      Q.

      Suppose you are using Ridge Regression and you notice that the training error
      and the validation error are almost equal and fairly high. 
      Would you say that the model suffers from high bias or high variance?
      Should you increase the regularization hyperparameters (alpha-param) or reduce

      A.
      
      The model is undefitting, it has high bias 

      Turn the regularization down to bring the bias down 

    
    10. 
      
      Q.

      Why would you want to use

      a. Ridge Regression instead of plain Linear Regression

      b. Lasso instread of Ridge Regression 

      c. Elastic Net instread of Lasso 

      A. 

        a.

          - keeps the weights small 

          - less variance in the model 

        b. 

          - zeroes out the weakest features 

        c.
          
          -  when the feature count is big 

          - when features are highly correlated. 

    11.

      Q. 

        Suppose you want to classify pictures as outdoor/indoor and daytime/nighttime. 

        Should you implments two logistic regression classifier or one softmax regression classifier 

      A.

         Go with two separate logistic regression classifiers, one per question 

    12.

      Q. 

        Implement Batch Gradient Descent with early stopping for Softmax Regression (without using Scikit-Learn)

      A. 

        ... 
  '''
  
from sklearn import datasets
  
from sklearn import datasets

EPOCHS = 5000
TEST_SET_RATIO = 0.2 
LEARNING_RATE = 0.1


def one_hot(target, num_classes = 3):
  """
    turn class ids into rows of zeros with a single one 
  """
  out = np.zeros((len(target), num_classes))

  out[np.arange(len(target)), target] = 1

  return out


def softmax(scores):

  # subtract the row max so exp never blows up 
  scores = scores - scores.max(axis=1, keepdims=True)

  exps = np.exp(scores)

  return exps / exps.sum(axis=1, keepdims=True)


def softmax_bgd_early_stop(X_train, y_train, X_val, y_val, epochs = EPOCHS, lrate = LEARNING_RATE):

  Y_train = one_hot(y_train)
  Y_val = one_hot(y_val)

  theta = np.random.randn(X_train.shape[1], Y_train.shape[1])

  best_loss, best_theta = np.inf, theta.copy()

  for epoch in range(epochs):

    # full batch gradient of the cross entropy 
    probs = softmax(X_train @ theta)
    gradients = X_train.T @ (probs - Y_train) / len(X_train)
    theta = theta - lrate * gradients

    # keep watching the validation loss after every step
    val_loss = -np.mean(np.sum(Y_val * np.log(softmax(X_val @ theta) + 1e-7), axis=1))

    if val_loss < best_loss:
      best_loss, best_theta = val_loss, theta.copy()
    else:
      # validation loss went up again so quit here 
      print('early stop at epoch', epoch)
      break

  return best_theta


if __name__ == "__main__":

  iris = datasets.load_iris()

  X = np.c_[np.ones(len(iris.data)), iris.data]

  y = iris.target

  X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=TEST_SET_RATIO)

  theta = softmax_bgd_early_stop(X_train, y_train, X_val, y_val)

  accuracy = np.mean(np.argmax(X_val @ theta, axis=1) == y_val)

  print('validation accuracy', accuracy)
