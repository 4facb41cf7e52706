#lang racket
; list-set: list x int x val -> list
; usage: gives a copy of lst in which the n-th element,
;        counting from zero, has been swapped for x.
(define list-set
  (lambda (lst n x)
    (if (= n 0)
        (cons x (cdr lst))
        (cons (car lst) (list-set (cdr lst) (- n 1) x)))))