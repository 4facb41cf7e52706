#lang racket
; duple: int x schemevalue -> listof(schemevalue)
; usage: build a list holding x repeated, with n copies of x in it.
(define duple
  (lambda (n x)
    (if (= n 0)
        '()
        (cons x (duple (- n 1) x)))))