;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.5.1

#lang scheme

(let ([f (lambda (x) x)])
  (f 'a))
;; a

(let ([f (lambda x x)])
  (f 'a))
;; (a)

(let ([f (lambda (x . y) x)])
  (f 'a))
;; a

(let ([f (lambda (x . y) y)])
  (f 'a))
;; ()
