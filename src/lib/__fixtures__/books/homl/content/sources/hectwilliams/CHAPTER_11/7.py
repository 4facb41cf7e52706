'''

  7. 

    Q.

      Does dropout slow down training? 
      
      Does it slow down inference (making predictions on new instances)?

      What about MC Dropout?

    A.

      Dropout makes training faster because a big averaging ensemble of smaller networks gets trained

      Dropout is off when the model is evaluated. The trained network's predictions are unaffected.

      MC Dropout builds on dropout (computing prediction/uncertainties) 

'''