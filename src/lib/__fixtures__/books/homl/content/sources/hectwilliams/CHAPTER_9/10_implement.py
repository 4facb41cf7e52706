'''

  Olivetti faces, the classic dataset

 - fetch the data with sklearn.datasets.fetch_olivetti_faces 

 - divide it into train, validation and test sets (stratified, since there are few images )

 - group the images with KMeans (pick a sensible number of clusters)

'''

from sklearn.datasets import fetch_olivetti_faces
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.cluster import KMeans
import matplotlib.pyplot as plt 
import numpy as np 

def make_splits(X,Y):

  Xte = None 
  Xtr = None 
  Xva = None 
  yte = None 
  ytr = None 
  yva = None 
  
  splitter = StratifiedShuffleSplit(n_splits=3, train_size=133, random_state=32)

  for i,idx in enumerate(splitter.split(X, Y)):

    idx = idx[0]
    
    if i == 0:

      Xtr = X[idx].reshape(-1, 4096)
      ytr = Y[idx]
    
    elif i == 1:

      Xte = X[idx].reshape(-1, 4096)
      yte = Y[idx]

    elif i == 2:

      Xva = X[idx].reshape(-1, 4096)
      yva = Y[idx]
  
  return Xtr, Xte, Xva, ytr, yte, yva

def ex10():

  olivetti = fetch_olivetti_faces(random_state=32)

  X, Y = olivetti.images, olivetti.target

  Xtr, Xte, Xva, ytr, yte, yva = make_splits(X, Y)

  # pick k 

  # k = find_k(Xtr)
  
  k = 62

  km = KMeans(n_clusters=k, n_init=40, random_state=32)

  cluster_ids = km.fit_predict(Xtr)

  ids, sizes = np.unique(cluster_ids, return_counts=True)

  size_by_cluster = dict(zip(ids, sizes))

  biggest = max(size_by_cluster, key=size_by_cluster.get)

  print('chosen K', k)

  plt.ion()

  for img in Xtr:

    img = img.reshape(1, 4096)

    pred = km.predict(img)

    if pred == [int(biggest)]:
      plt.imshow(img.reshape((64, 64)))
      plt.axis(None)
      plt.draw()
      plt.pause(1)


if __name__ == "__main__":

  ex10()