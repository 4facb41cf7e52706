#
"""
1. Which linear regression training algorithm can you use if you have a training set
with millions of features?
"""
# Stochastic Gradient Descent (or mini-batch GD)

"""
2. Suppose the features in your training set have very different scales. Which algorithms 
might suffer from this, and how? What can you do about it?
"""
# Basically any algorithm that has a regularization term, since the size of the
# thetas follows the units of the feature. A theta might come out as 1 or as 1000
# only because the variable was recorded in units or in thousands.
# That messes up the penalty, because in the first case the weight would
# hardly be punished by the regularization, while in the second case it would be.
# The fix is to scalle the inputs before training


"""
3. Can gradient descent get stuck in a local minimum when training a logistic
regression model?
"""
# Nah, the logistic cost is convex :)

"""
4. Do all gradient descent algorithms lead to the same model, provided you let them
run long enough?
"""
# No. When the cost surface has several local minima, gradient descent can land in
# a different spot on each run, even when you keep using the very same gradient
# descent algorythm


"""
5. Suppose you use batch gradient descent and you plot the validation error at every
epoch. If you notice that the validation error consistently goes up, what is likely
going on? How can you fix this?
"""
# Probably overfitting. I would try cutting down on the features
# being used, since some feature is likely helping the fit on the training
# set purely numerically while pulling the estimates away from the real process
# behind the data

# Second thought:
# The step could also be too big, making the algorithm move away
# from the right answer. That one you would spot right away,
# since the TRAINING error would climb as well


"""
6. Is it a good idea to stop mini-batch gradient descent immediately when the
validation error goes up?
"""
# Only when you know you are sitting at the global minium, as happens when the
# cost is known to be convex. Since you are almost never sure you are at
# the global minimum for models with randomness in them, better to just
# let it run a while longer ;)


"""
7. Which gradient descent algorithm (among those we discussed) will reach the
vicinity of the optimal solution the fastest? Which will actually converge? How
can you make the others converge as well?
"""
# Quickest => Stochastic GD; Actually converges => plain (batch) GD (for a convex
# cost). The others can be made to "converge" too if you shrink their
# step size as training goes on


"""
8. Suppose you are using polynomial regression. You plot the learning curves and
you notice that there is a large gap between the training error and the validation
error. What is happening? What are three ways to solve this?
"""
# Probably overfitting. Get more data, throw out features that do nothing
# or cross your fingers. Fingers crossed always works. Lasso is also an option to cut dimensions,
# or any other kind of regularization


"""
9. Suppose you are using ridge regression and you notice that the training error
and the validation error are almost equal and fairly high. Would you say that
the model suffers from high bias or high variance? Should you increase the
regularization hyperparameter \alpha or reduce it?
"""
# High bias. The model assumptions are likely off and the predictions
# end up a long way from the real Data Generating Process
# (what follows is wrong, the next paragraph fixes it)
# Raising the regularization hyperparameter would shrink the useless
# weights that could be overfitting, so raising
# it is good

# Fix:
# The model is most likely underfitting. Rather than touching the
# regularization parameter, try giving it more features. Lowering the
# regularization can help too, since the features get more room
# to move


"""
10. Why would you want to use:
a. Ridge regression instead of plain linear regression (i.e., without any
regularization)?
b. Lasso instead of ridge regression?
c. Elastic net instead of lasso regression?
"""
# a.
# Ridge keeps the model from overfitting the data when the linear model
# is not quite specified right
# b.
# Lasso is harsher with the useless features and pushes their weights to zero
# where Ridge only makes them small
# c.
# Elastic Net mixes the two, being just a weighted blend of
# Ridge and Lasso. So it can land on a good middle ground between them,
# keeping some of the smooth shrinking of Ridge and some of the hard cut
# of Lasso

"""
11. Suppose you want to classify pictures as outdoor/indoor and daytime/nighttime.
Should you implement two logistic regression classifiers or one softmax regression 
classifier?
"""
# If you need both answers from a single model at once, logistic regression can't do it,
# so softmax is the only option

# PS (from the solutions): if running two models on the same image is fine, than
# two logistic regressions work, one per yes/no question.

"""
12. Implement batch gradient descent with early stopping for softmax regression
without using Scikit-Learn, only NumPy. Use it on a classification task such as
the iris dataset.
"""
import numpy as np
from sklearn.datasets import load_iris


def standardize(X):
    # centre every column and divide by its spread
    return (X - X.mean(axis=0)) / X.std(axis=0)


iris = load_iris(as_frame=True)

X = standardize(np.array(iris.data))
X = np.c_[np.ones(len(X)), X]
y = np.array(iris.target)

n_classes = len(np.unique(y))
theta = np.zeros((n_classes, X.shape[1]))

np.random.seed(42)
order = np.random.permutation(len(X))
X, y = X[order], y[order]

n_test = int(np.ceil(0.2 * len(X)))
n_valid = int(np.ceil(0.2 * len(X)))

X_test, y_test = X[:n_test], y[:n_test]
X_valid, y_valid = X[n_test : n_test + n_valid], y[n_test : n_test + n_valid]
X_train, y_train = X[n_test + n_valid :], y[n_test + n_valid :]


def one_hot(labels):
    rows = np.zeros((len(labels), n_classes))
    rows[np.arange(len(labels)), labels] = 1
    return rows


def softmax(X, theta):
    scores = X @ theta.T
    exps = np.exp(scores - scores.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def cross_entropy(X, labels, theta):
    return -np.mean(np.sum(one_hot(labels) * np.log(softmax(X, theta)), axis=1))


def gradient(X, labels, theta):
    return (softmax(X, theta) - one_hot(labels)).T @ X / len(X)


# Stop as soon as the validation cost gets worse than on the
# step before, and keep the thetas from that step
eta = 0.5
best_cost = np.inf
previous_theta = theta.copy()
for epoch in range(10000):
    theta = previous_theta - eta * gradient(X_train, y_train, previous_theta)
    cost = cross_entropy(X_valid, y_valid, theta)
    if cost > best_cost:
        theta = previous_theta
        break
    best_cost = cost
    previous_theta = theta.copy()
    print(epoch + 1, cost)


test_predictions = softmax(X_test, theta).argmax(axis=1)
accuracy = (test_predictions == y_test).mean()
accuracy  # full marks on the test split, nice
