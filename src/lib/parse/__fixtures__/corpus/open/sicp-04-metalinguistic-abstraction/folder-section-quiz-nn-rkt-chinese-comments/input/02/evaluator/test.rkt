#lang sicp

((lambda ()
   (define a 1)
   (+ 1 a)))
