#lang racket
; swapper: sym x sym x slist -> slist
; usage: gives slist back with each s1 changed into s2
;        and each s2 changed into s1
(define swapper
  (lambda (s1 s2 slist)
    (if (null? slist)
        '()
        (let ((fir (car slist))
              (rest-lst (cdr slist)))
          (cons (if (symbol? fir)
                    (cond ((equal? fir s1) s2)
                          ((equal? fir s2) s1)
                          (else fir))
                    (swapper s1 s2 fir))
                (swapper s1 s2 rest-lst))))))