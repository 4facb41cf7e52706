
import matplotlib.pyplot as plt 

import tensorflow as tf

import numpy as np 

from functools import partial 

import math 

import time

import os 

import pickle 

LR_STEPS = 100

LOAD_SAVED = True

RERUN_MC = False

MC_RUNS = 500 

def search_lr(model, Xtr, ytr, Xva, yva, Xte, yte):

  losses_seen = np.zeros(LR_STEPS)

  lrs_seen = np.zeros(LR_STEPS)
  
  lr = 10e-5

  best_lr = np.finfo(np.float64).max

  last_lr = best_lr
  
  cur = last_lr

  before = None

  after = None 

  for i in range(LR_STEPS):
    
    model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(), optimizer=tf.keras.optimizers.Nadam(lr))

    model.fit(
      Xtr[:1000], 
      ytr[:1000], 
      epochs=2, 
      validation_data=(Xva, yva),
    )

    before = cur

    cur= model.evaluate(Xte, yte)

    after = cur

    if math.isnan(after) or after >= before :
      
      return last_lr
    
    else: 

      best_lr = lr
    
    last_lr = lr

    lr = np.exp(np.log(10**6)/LR_STEPS) * lr

    losses_seen[i] = cur

    lrs_seen[i] = lr
  
  return best_lr

def log_dir():

  return os.path.join(os.getcwd(), "tb_logs")

(Xtr, ytr), (Xte, yte) = tf.keras.datasets.cifar10.load_data()

Xtr, Xva = Xtr[:40000], Xtr[-10000:]

ytr, yva = ytr[:40000], ytr[-10000:]

class OneCycleLike(tf.keras.callbacks.Callback):
  
  def on_batch_end(self, step, logs=None):
    
    ep  = self.custom_epoch

    pos = step % 1250

    t_step = ep * 1250 + pos 
    
    if t_step < 12500:

      self.model.optimizer.lr = t_step *  2e-07 + 0.00030
    
    elif t_step < 24900:

      self.model.optimizer.lr = t_step *  -2.1774193548387098e-07 + 0.00571

    else:
      
      self.model.optimizer.lr = t_step * -2.5822580645161253e-06 +0.06458645161290313
  
  def on_epoch_begin(self, epoch, logs=None):
    
    self.custom_epoch = epoch


selu_dense = partial(tf.keras.layers.Dense, units=100, activation='selu', kernel_initializer='lecun_normal')

h = inp =  tf.keras.layers.Input(shape=(32,32,3), name='pixels_in')

h = tf.keras.layers.Flatten()(h)

for i in range(20):
  h = selu_dense()(h)
  h = tf.keras.layers.AlphaDropout(rate=0.15, seed=32)(h) 

out = tf.keras.layers.Dense(10, activation='softmax', kernel_initializer='glorot_normal')(h)

model = tf.keras.Model(inputs=[inp], outputs=[out])

if LOAD_SAVED:

  model = tf.keras.models.load_model('cifar_ckpt.keras')

else:

  lr = search_lr(model, Xtr, ytr, Xva, yva, Xte, yte)

  model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(), optimizer=tf.keras.optimizers.Nadam(lr))
  
  ckpt_cb = tf.keras.callbacks.ModelCheckpoint('cifar_ckpt.keras', save_best_only=True)

  tb_cb = tf.keras.callbacks.TensorBoard(log_dir())

  lr_cb = OneCycleLike() 
  
  model.fit (
    Xtr, 
    ytr, 
    epochs = 20, 
    validation_data=( (Xva, yva) ),   
    callbacks=[ckpt_cb, tb_cb, lr_cb]
  )

if not os.path.exists('mc_probas.pkl') or RERUN_MC:
  
  mc_probs = np.stack( [model(Xte, training=True) for _ in range(MC_RUNS)] ) # passing training=True keeps dropout active on every prediction
  
  with open ('mc_probas.pkl', 'wb') as fh:

    pickle.dump({'prob':mc_probs}, fh)

fh = open("mc_probas.pkl",'rb')

mc_probs = pickle.load(fh)['prob'] # MC_RUNS monte carlo passes , 10000 instances in each, 10 class probabilities 

fh.close()

plain_pred = model.predict(Xte)

mc_pred = np.sum(mc_probs, axis=0) / MC_RUNS

mc_std = mc_probs.std(axis=0)

xent = tf.keras.metrics.SparseCategoricalCrossentropy()

plain_score = xent(yte, plain_pred)

mc_score = xent(yte, mc_pred)

print(plain_score, mc_score) # terrible results :( 