'''
  Fit a Gaussian mixture model to the Olivetti faces 

  - produce some new faces 

  - alter a few images and show they come out as anomalies 

  - spot the anomalies 
'''

from sklearn.datasets import fetch_olivetti_faces
import numpy as np 
import matplotlib.pyplot as plt 
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.mixture import  GaussianMixture
from sklearn.decomposition import PCA 
from scipy.ndimage import rotate

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

def ex12():
  
  olivetti = fetch_olivetti_faces(random_state=32)

  X, Y = olivetti.images, olivetti.target
  
  Xtr, Xte, Xva, ytr, yte, yva = make_splits(X, Y)

  # rotate the first validatiom image to corrupt it 
  
  shape = Xva[0].shape
  
  img2d = Xva[0].reshape(64,64)

  rotated = rotate(img2d, 45, reshape=False)

  Xva[0] = rotated.reshape (shape)
  
  # PCA keeping 99% variance 

  pca_model = PCA(n_components=0.995)

  Xtr_pca = pca_model.fit_transform(Xtr)

  Xva_pca = pca_model.transform(Xva)

  gmm = GaussianMixture(n_components=Xtr_pca.shape[-1], n_init=INITS)

  gmm.fit(Xtr_pca)

  # generative_img_samples(pca_model, gmm)

  '''
    score_samples gives the log pdf at the location of each samole (i.e. image)
    
    high score -  likely to be found there

    low score  -  unlikely to be found there ( an outlier )
  '''
  scores = -gmm.score_samples(Xva_pca) # flip sign
  scores = scores/ np.max(scores) # scale to 1 (low score - outlier, high score - fits the data dsitribution )

  plt.title('Log PDF') # log pdf estimate per image location
  plt.figure(1)
  plt.axis(None)
  plt.vlines(range(133), np.zeros((133,)), scores)
  plt.show() 


  if __name__ == "__main__":

    ex12()

