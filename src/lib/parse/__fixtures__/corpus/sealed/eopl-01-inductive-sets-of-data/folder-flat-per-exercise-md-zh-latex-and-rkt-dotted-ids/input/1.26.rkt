#lang racket
; up: list -> list
; usage: takes one layer of parentheses off every top-level element of lst.
;        Top-level elements that are not lists go into the result unchanged.
(define up
  (lambda (lst)
    (if (null? lst)
        '()
        (let ((fir (car lst)))
          (append (if (list? fir)
                      fir
                      (list fir))
                  (up (cdr lst)))))))