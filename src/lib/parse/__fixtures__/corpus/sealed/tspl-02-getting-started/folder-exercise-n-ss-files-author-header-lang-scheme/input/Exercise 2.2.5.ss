;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.5

#lang scheme

'((a.b) ((c) (d)) (()))

(cons (cons 'a 'b)
      (cons (cons (cons 'c '()) (cons (cons 'd '()) '()))
            (cons (cons '() '()) '())))
