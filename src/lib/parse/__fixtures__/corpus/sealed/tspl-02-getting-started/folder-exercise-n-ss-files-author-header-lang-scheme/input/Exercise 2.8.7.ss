;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.8.7

#lang scheme

(define transpose
  (lambda (p)
    (cond
      [(null? p) '()]
      [else
       (cons (map car p)
             (map cdr p))])))

(transpose '((a . 1) (b . 2) (c . 3)))
             