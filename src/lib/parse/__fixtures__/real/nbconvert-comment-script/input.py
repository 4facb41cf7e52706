#!/usr/bin/env python
# coding: utf-8

# How would you describe TensorFlow in a short sentence? What are its main features? Can you name other popular Deep Learning libraries?
# 

# TensorFlow is Google's open-source library for fast numerical computing, tuned for large-scale machine learning.
# 
# 
# features:
# GPU and TPU support, distributed execution, automatic differentiation, and computation graphs that can be exported and run elsewhere.
# 
# 
# Other libraries that are often used for deep learning:
# 
# PyTorch
# Developed at Meta
# JAX
# Developed at Google
# MXNet
# An Apache project
# Keras began as a separate library and now ships inside TensorFlow.

# Is TensorFlow a drop-in replacement for NumPy? What are the main differences between the two?
# 

# Not quite. Most NumPy operations have a TensorFlow twin, but the names differ (tf.reduce_sum against np.sum), tensors cannot be changed in place, and TensorFlow can run on accelerators and record gradients.

# Do you get the same result with tf.range(10) and tf.constant(np.arange(10))?
# 

# In[3]:


import numpy as np
import tensorflow as tf
tf.range(10), tf.constant(np.arange(10))


# The values are the same, zero through nine, but the types differ: int32 for tf.range and int64 for the NumPy array.

# Can you name six other data structures available in TensorFlow, beyond regular tensors?
# 

# Sparse Tensors: mostly zeros, stored as indices and values.
# Ragged Tensors: lists of lists whose rows have different lengths.
# Tensor Arrays: lists of tensors that all have the same shape.
# String Tensors: regular tensors of byte strings, with helpers in tf.strings.
# Sets: regular tensors handled by the functions in tf.sets.
# Queues: FIFO, padding and priority queues for feeding data.
# 

# A custom loss function can be defined by writing a function or by subclassing the keras.losses.Loss class. When would you use each option?
# 

# A plain function is enough when the loss has no settings of its own.
# Subclass keras.losses.Loss when it takes hyperparameters that must be saved with the model through get_config.
# 

# Similarly, a custom metric can be defined in a function or a subclass of keras.metrics.Metric. When would you use each option?
# 

# A function works for a metric that is a simple mean over batches.
# A Metric subclass is needed for a streaming metric such as precision, which keeps running totals in update_state and reports them in result.
# 

# When should you create a custom layer versus a custom model?
# 

# A custom layer is a building block that goes inside something else.
# A custom model is the thing you train, evaluate, save and load.
# 

# What are some use cases that require writing your own custom training loop?
# 

# When fit() and callbacks are not flexible enough, for example to use one optimizer for the wide path and another for the deep path.
# Writing the loop by hand is also a good way to learn what fit() does.
# 
# 

# Can custom Keras components contain arbitrary Python code, or must they be convertible to TF Functions?
# 

# They should be convertible, because Keras turns them into graphs.
# Arbitrary Python still works inside tf.py_function, or with dynamic=True on the layer or run_eagerly=True in compile, but it is slower and less portable.
# 

# What are the main rules to respect if you want a function to be convertible to a TF Function?
# 

# Use TensorFlow operations instead of NumPy or the standard library inside the function.
# Create variables only on the first call, and change them with assign rather than =.
# Loop over tf.range or a dataset when the loop should become part of the graph.
# Expect Python side effects such as printing to happen only while tracing.
# 
# 

# When would you need to create a dynamic Keras model? How do you do that? Why not make all your models dynamic?
# 

# For debugging with a normal Python debugger, or to call outside libraries from inside the model.
# Pass dynamic=True when creating the model, or run_eagerly=True to compile.
# Not all models, because eager execution is slower and the graph can no longer be exported.

# In[ ]:




