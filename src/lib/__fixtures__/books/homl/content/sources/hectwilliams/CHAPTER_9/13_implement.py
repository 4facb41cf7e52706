'''
  Follows on from ex_12 

  Shrink the Olivetti faces with PCA (keep 99% variance) and work out the recontruction error per image

  Plotting a rebuilt outlier image shows PCA trying to rebuild an ordinary face 

'''

from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.datasets import fetch_olivetti_faces
from sklearn.mixture import  GaussianMixture
from sklearn.decomposition import PCA 
from scipy.ndimage import rotate
import matplotlib.pyplot as plt 
import numpy as np 

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

def ex13():

  olivetti = fetch_olivetti_faces(random_state=SEED)

  X, Y = olivetti.images, olivetti.target

  Xtr, Xte, Xva, ytr, yte, yva = make_splits(X, Y)

  pca_model = PCA(n_components=0.99, random_state=SEED)

  Xtr_pca = pca_model.fit_transform(Xtr)

  Xtr_back = pca_model.inverse_transform(Xtr_pca)

   # corrupt some validatiom images 
  
  bitgen = PCG64(seed=np.random.SeedSequence(SEED))
  
  rng = np.random.Generator(bitgen)
  
  idx =  np.unique( rng.integers(low= 0, high = 10, size= 5))

  for index in idx:

    shape = Xva[index].shape
    
    img2d = Xva[index].reshape(64,64)

    img2d = rotate(img2d, -45, reshape=False)
    
    img2d = rng.normal(0,0.1, img2d.shape) + img2d # add pixel noise

    Xva[index] = img2d.reshape (shape)

  # project the validation set and map it back 

  Xva_pca = pca_model.transform(Xva)

  Xva_back = pca_model.inverse_transform(Xva_pca)

  rec_err = np.zeros(len(Xtr_back))
  
  for i in range(len(Xva_back)):

    diff = Xva_back[i] - Xva[i]
    
    err = np.sum(np.square(diff)) / len(Xva_back)
    
    rec_err[i] = err 

  fig, ax = plt.subplots()
  
  ax.scatter(range(len(rec_err)), rec_err, s=2)

  ax.set_xlabel('image-id', color='red')

  for img_id in idx:

      ax.annotate (

        text = f'{img_id}',

        xy = (img_id.astype(float), rec_err[img_id]),  # the point being labelled 
        
        xycoords = 'data', # coordinates in data units

        xytext = (10.0, 10.0 ),  # where the text goes

        textcoords = 'offset pixels', 
        
        arrowprops = dict(arrowstyle= ArrowStyle.CurveB(lengthB=0.4, lengthA=0.4,widthB=4, head_width=0.2), 
                          connectionstyle="arc3,rad=0",
                          shrinkA=0.2, 
                          shrinkB=0.2 ,
                          alpha=0.2,
                          color='pink'
                          ), 
        fontsize = 6,

        color='red'

      )

  ax.set_title('Anomaly'), 
  
  ax.set_ylabel('Reconstruction Loss'), 

  plt.show()

  
if __name__ == "__main__":

  ex13()
