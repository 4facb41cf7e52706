#lang racket
; invert: listof(2-list) -> listof(2-list)
; usage: swap the two items of each 2-list in the list given
(define invert
  (lambda (lst)
    (if (null? lst)
        '()
        (cons (invert-2-list (car lst))
              (invert (cdr lst))))))
; invert-2-list: 2-list -> 2-list
; usage: swap the items of one 2-list
(define invert-2-list
  (lambda (lst)
    (list (cadr lst) (car lst))))