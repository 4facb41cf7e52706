#lang racket
; list-index: pred x list -> int
; usage: gives the index, counted from 0, of the earliest element of lst that
;        passes pred. When nothing in lst passes, the answer
;        is #f.
(define list-index
  (lambda (pred lst)
    (if (null? lst)
        #f
        (if (pred (car lst))
            0
            (let ((ans (list-index pred (cdr lst))))
              (if ans (+ ans 1) #f))))))