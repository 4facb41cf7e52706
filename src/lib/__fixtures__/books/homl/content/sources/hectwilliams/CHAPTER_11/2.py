'''

Q.

  Is it Ok to initialize the bias terms to 0?

A.

  Just when using using Batch Normalization. Batch Normalization supplies its own bias term. So the bias path/connection is switched off in practice


'''