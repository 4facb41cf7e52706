;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.3.1

#lang scheme

; List every step needed to evaluate this expression.
; ((car (cdr (list + - * /))) 17 5)

((car (cdr (list + - * /))) 17 5) ; first we take the cdr of the list

((car (list - * /)) 17 5) ; its car is the substraction procedure

(- 17 5) ; then that procedure is applied

12