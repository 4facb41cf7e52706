#lang racket
; every?: pred x list -> bool
; usage: #f as soon as one element of lst does not pass pred, #t in all other cases.

(define every?
  (lambda (pred lst)
    (if (null? lst)
        #t
        (and (pred (car lst))
             (every? pred (cdr lst))))))