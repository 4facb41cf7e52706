#!/usr/bin/env python
# coding: utf-8

# How would you describe TensorFlow in a short sentence? What are its main features? Can you name other popular Deep Learning libraries?
# 

# A fast numerical library from Google, built for large-scale machine learning.
# Features: accelerators, autodiff, graphs you can export. Others: PyTorch, JAX.

# Is TensorFlow a drop-in replacement for NumPy? What are the main differences between the two?
# 

# No, it does not replace NumPy: names differ (tf.reduce_sum, np.sum), tensors are immutable, and types never change silently.

# Do you get the same result with tf.range(10) and tf.constant(np.arange(10))?
# 

# In[3]:


import numpy as np
import tensorflow as tf
tf.range(10).dtype, tf.constant(np.arange(10)).dtype


# The values match, the types do not: int32 against int64.

# Can you name six other data structures available in TensorFlow, beyond regular tensors?
# 

# Sparse tensors, ragged tensors, tensor arrays, string tensors, sets and queues.

# A custom loss function can be defined by writing a function or by subclassing the keras.losses.Loss class. When would you use each option?
# 

# A function when the loss has no settings; a subclass of Loss when it has hyperparameters to save.

# Similarly, a custom metric can be defined in a function or a subclass of keras.metrics.Metric. When would you use each option?
# 

# A function when a mean over batches is right; a Metric subclass for streaming metrics such as precision.

# When should you create a custom layer versus a custom model?
# 

# A layer for a reusable block; a model for the whole thing you train, save and evaluate.

# What are some use cases that require writing your own custom training loop?
# 

# Several optimizers for different parts of a network, as in the Wide & Deep paper.

# Can custom Keras components contain arbitrary Python code, or must they be convertible to TF Functions?
# 

# They may hold any Python code, but then wrap it in tf.py_function or mark the layer dynamic=True.

# What are the main rules to respect if you want a function to be convertible to a TF Function?
# 

# Use TensorFlow operations, create variables only on the first call, and loop with tf.range.

# When would you need to create a dynamic Keras model? How do you do that? Why not make all your models dynamic?
# 

# For debugging, with dynamic=True; not always, since graphs are much faster.
