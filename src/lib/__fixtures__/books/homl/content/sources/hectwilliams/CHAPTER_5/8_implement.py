from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC, SVC
from sklearn.linear_model import SGDClassifier
from sklearn import datasets
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
import matplotlib.pyplot as plt 
import numpy as np 


def draw_boundary(ax, clf):

  # evaluate the decision function on a grid and draw the 0 / +1 / -1 contours
  xx, yy = np.meshgrid(np.linspace(-3, 3, 300), np.linspace(-3, 3, 300))

  zz = clf.decision_function(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)

  ax.contour(xx, yy, zz, levels=[-1, 0, 1], colors=['darkgrey', 'black', 'orange'], linewidths=0.5)


if __name__ == '__main__':

  iris = datasets.load_iris()

  # setosa vs versicolor is linearly separable
  mask = iris['target'] < 2

  X = StandardScaler().fit_transform(iris['data'][mask][:, 2:])

  y = iris['target'][mask]

  models = {

    'LinearSVC': LinearSVC(C=5, loss='hinge'),

    'SVC': SVC(kernel='linear', C=5),

    'SGDClassifier': SGDClassifier(loss='hinge', alpha=0.01),

  }

  fig = plt.figure()

  for i, (name, clf) in enumerate(models.items()):

    ax = fig.add_subplot(1, 3, i + 1)

    clf.fit(X, y)

    ax.scatter(X[:, 0], X[:, 1], c=y, cmap='cool', s=10)

    draw_boundary(ax, clf)

    # the three boundaries should nearly overlap
    ax.set_title(name, fontsize=8)

  fig.suptitle('Iris setosa vs versicolor')

  plt.show()