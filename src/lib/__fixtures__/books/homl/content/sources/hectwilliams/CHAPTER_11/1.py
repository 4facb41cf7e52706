'''

1.

Q.

  Is it Ok to initialize all the weights to the same value as long as that value is selected randomly using He initialization?

A.

  No, you must never give the weights identical starting values. Doing so is the chief reason gradients saturate 

  

'''