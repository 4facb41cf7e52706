#lang racket
; flatten: slist -> listof(sym)
; usage: lists the symbols inside slist, in the same order as they
;        would appear in the printed form of slist.
(define flatten
  (lambda (slist)
    (if (null? slist)
        '()
        (let ((fir (car slist)))
          (append (if (list? fir) (flatten fir) (list fir))
                  (flatten (cdr slist)))))))