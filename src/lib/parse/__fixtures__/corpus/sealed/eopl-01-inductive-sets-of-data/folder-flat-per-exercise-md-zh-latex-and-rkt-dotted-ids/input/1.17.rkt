#lang racket
; down: list -> list
; usage: puts every top-level element of lst inside its own parentheses
(define down
  (lambda (lst)
    (if (null? lst)
        '()
        (cons (list (car lst))
              (down (cdr lst))))))