#lang racket
; product: listof(sym) x listof(sym) -> listof(list(sym,sym))
; usage: gives every pairing of an item of sos1 with an item of sos2,
;        as 2-lists (the Cartesian product).
(define product
  (lambda (sos1 sos2)
    (if (null? sos1)
        '()
        (append (product-by-one (car sos1) sos2)
                (product (cdr sos1) sos2)))))
; product-by-one: sym x listof(sym) -> listof(list(sym,sym))
; usahe: pairs the single symbol sym1 with each item of sos2,
;        as a list of 2-lists.
(define product-by-one
  (lambda (sym1 sos2)
    (if (null? sos2)
        '()
        (cons (list sym1 (car sos2))
              (product-by-one sym1 (cdr sos2))))))