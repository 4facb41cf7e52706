;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.7

#lang scheme

;(car (car (car '((a b) (c d)))))

;(cdr (cdr (cdr '((a b) (c d)))))

;(cdr (car (car '((a b) (c d)))))

;(car (cdr (cdr '((a b) (c d)))))

;(car (cdr (cdr (car '((a b) (c d))))))

;(cdr (cdr (cdr (car '((a b) (c d))))))

;(cdr (car (cdr (car '((a b) (c d))))))

;(car (cdr (cdr (cdr '((a b) (c d))))))

