#lang racket
; remove : sym x listof(sym) -> listof(sym)
; usage : drop every element up to the first occurrence of sym
;         (that first sym too)
(define remove
  (lambda (s los)
    (if (null? los)
        '()
        (if (eqv? (car los) s)
            (cdr los)
            (remove s (cdr los))))))