'''
Carrying on from exercise 10 with the Kmean(k=62) model 

- Fit a classifier (a Random Forest, say) that tells which person is in each picture 

- Reduce dimensions with kMeans and fit on the reduced set  ( does it beat the traned classifer ?)

- Try stacking the reduced-set features next to the original ones 

'''

from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.datasets import fetch_olivetti_faces
from sklearn.model_selection import  GridSearchCV
from sklearn.metrics import silhouette_score
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.cluster import KMeans
import matplotlib.pyplot as plt 
import numpy as np 
import math 

TUNE_K = False
N_DROP = 2
SEED = 32
BEST_K= 62
INITS = 40 


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

def plot_stratified_split(ytr, yte):

  labels_te,  n_te = np.unique(yte, return_counts=True)
  labels_tr, n_tr = np.unique(ytr, return_counts=True)

  print(dict(zip(labels_te, n_te)))
  print(dict(zip(labels_tr, n_tr)))
  a = np.array(list(zip(labels_tr, n_tr)))
  b = np.array(list(zip(labels_te, n_te)))

  # check the stratified split 
  plt.bar(a[:,0], a[:,1], alpha=1, edgecolor='gray', facecolor='none', linewidth=1.5)
  plt.bar(b[:,0], b[:,1], alpha=1,  edgecolor='red', facecolor='none', linewidth=2.5, linestyle=':')

  plt.show()

def plot_faces(X, Y):

  print(Y)
  
  fig, axes = plt.subplots(4, 10)

  n = list(range(40))

  for i, a in enumerate(range( 0, 400, 10)):
    
    print(Y[a], a)
    r = math.floor(i / 10)

    c = i % 10
    
    axes[r, c].imshow(X[a].reshape((64, 64)))
    axes[r, c].axis('off')
    axes[r, c].set_title(i, fontsize=8)

  plt.show()

def ex11():
  
  olivetti = fetch_olivetti_faces(random_state=32)

  X, Y = olivetti.images, olivetti.target
  
  # plot_faces(X, Y)

  Xtr, Xte, Xva, ytr, yte, yva = make_splits(X, Y)

  # reuse k from exercise 10, RandomForest on the validation set

  km = KMeans(n_init=40, n_clusters=BEST_K,random_state=SEED) 
  
  Xtr_k = km.fit_transform(Xtr)

  Xva_k = km.transform(Xva)

  forest = RandomForestClassifier(random_state = 32)

  forest.fit(Xtr_k, ytr)

  acc_a = accuracy_score(yva,  forest.predict(Xva_k) ) # accuracy 0.8721804511278195

  print('acc_plain', acc_a)


  # drop the weakest cluster(s) (i.e. average distance of the members per centroid, the smallest ones go)

  d_mat = Xtr_k 

  # training set prep

  d_mean = np.sum(d_mat, axis= 0) / len(d_mat)

  weakest = np.argsort(d_mean)[:N_DROP][::-1] # clusters with the lowest affinity

  Xtr_k = np.delete(d_mat, weakest,axis=1)
  
  # validation set prep

  d_mat = Xva_k 

  d_mean = np.sum(d_mat, axis= 0) / len(d_mat)

  weakest = np.argsort(d_mean)[:N_DROP][::-1] # clusters with the lowest affinity

  Xva_k = np.delete(d_mat, weakest, axis=1)

  # classifer again

  forest = RandomForestClassifier(random_state = 32)
  
  forest.fit(Xtr_k, ytr)

  acc_b = accuracy_score(yva,  forest.predict(Xva_k) ) # accuracy 0.8721804511278195

  print('acc_drop_weak_clusters \t ', acc_b)


  # glue the distance features (weak clusters dropped) onto the raw pixels ...then score it 

  Xtr_plus = np.concatenate( (Xtr, Xtr_k), axis = 1)
  
  Xva_plus = np.concatenate( (Xva, Xva_k), axis = 1)
  
  forest = RandomForestClassifier(random_state = 32)

  forest.fit(Xtr_plus,ytr)

  acc_c = accuracy_score(yva,  forest.predict(Xva_plus) ) 

  print('acc_with_extra_features  \t ', acc_c)


class Segmenter(BaseEstimator, TransformerMixin):
  
  def fit(self, X, y, n_clusters=5 ):

    self.n_clusters = n_clusters

    return self 
  
  def transform(self, X, y = None, **fit_params):

    pipeline = Pipeline([
      ('flat', Flatten1D()),
      ('km', KMeansSegment(n_clusters=self.n_clusters, n_init=40, random_state=32)),
      ('unflat', Unflatten() )
    ])
    
    
    data =  pipeline.fit_transform(X, y)
    
    print('------')
    
    return data 


class Flatten1D(BaseEstimator, TransformerMixin):

  def fit(self, X, y):

    return self
  
  def transform(self, X = None, y = None):

    return X.reshape(-1, 1)

  def fit_transform(self, X,Y = None):

    print('flatten')

    return X.reshape(-1, 1)


class Unflatten(BaseEstimator, TransformerMixin):
  def __init__(self):
    
    pass 

  def fit(self, X, y):
    
    return self
  
  def transform(self, X = None, y = None):

    return X,y

  def fit_transform(self, X,Y = None):
    
    print('unflatten')
    
    X_new = X.reshape(133, 4096) 

    return X_new


class KMeansSegment(BaseEstimator, TransformerMixin):
  
  def __init__(self, **args):
    
    self.args = args

  def fit (self, X, y):

    return self 
  
  def transform(self, X = None, y = None):

    return X,y
  
  def fit_transform(self, X, y = None):
    
    print('segment')

    km = KMeans(**self.args)
    
    km.fit(X) 

    segmented = km.cluster_centers_[km.labels_] # swap each sample for its nearest centroid representiative 

    return segmented



def ex11_segmentation():
  '''

    Segmenting (i.e. flattening pixel variance) turned out to raise model accuracy 
  
  '''
  olivetti = fetch_olivetti_faces(random_state=32)

  X, Y = olivetti.images, olivetti.target
  
  # plot_faces(X, Y)

  Xtr, Xte, Xva, ytr, yte, yva = make_splits(X, Y)

  # plot_stratified_split()

  k = 62  # taken from problem 10 

  print('EVAL WITHOUT SEGMENTS')
  pipe_plain = Pipeline([
    ('rf', RandomForestClassifier()),
  ])
  search = GridSearchCV(pipe_plain, cv=3, param_grid=[{'rf__random_state': [32]}], refit=True)
  search.fit(Xtr, ytr)
  print('best CV score \t ', search.best_score_) 
  accuracy = accuracy_score(yva, search.predict(Xva)) # accuracy 0.8721804511278195
  print('validation accuracy', accuracy)

  print('EVAL WITH SEGMENTS')

  # dimension reduction 
  pipe_seg = Pipeline([
      ('seg', Segmenter()),
      ('rf', RandomForestClassifier(random_state=32)),
    ])

  top_score = 0 

  k_best = 7 
  
  if TUNE_K:

    for k in range(2, 15):
      
      print(f'trying k = {k}')

      pipe_seg.fit(Xtr, ytr, seg__n_clusters = k)
      
      accuracy = accuracy_score(yva, pipe_seg.predict(Xva))

      if accuracy > top_score:
        
        top_score = accuracy
        
        k_best = k
    
  pipe_seg.fit(Xtr, ytr, seg__n_clusters = k_best)
    
  accuracy = accuracy_score(yva, pipe_seg.predict(Xva))

  print('validation accuracy', accuracy)

if __name__ == "__main__":

  ex11()