;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.4

#lang scheme

(car (cdr (car '((a b) (c d)))))

(car (car (cdr '((a b) (c d)))))

(car (cdr (car (cdr '((a b) (c d))))))
