#lang racket
; exist?: pred x list -> bool
; usage: #t when some element of lst passes pred, #f in all other cases.
(define exists?
  (lambda (pred lst)
    (if (null? lst)
        #f
        (or (pred (car lst))
            (exists? pred (cdr lst))))))