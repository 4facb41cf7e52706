#lang racket
; filter-in: pred x list -> list
; usage: keeps just the elements of lst for which pred says yes.
(define filter-in
  (lambda (pred lst)
    (if (null? lst)
        '()
        (if (pred (car lst))
            (cons (car lst) (filter-in pred (cdr lst)))
            (filter-in pred (cdr lst))))))