;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.5.2

#lang scheme

;; What could a definition of the built-in list procedure look like?

(define my-list
  (lambda x x))


(my-list 'a)
(list 'a)
(my-list 'a 'b)
(list 'a 'b)
(my-list)
(list)
(my-list 'a '(b c))
(list 'a '(b c))



