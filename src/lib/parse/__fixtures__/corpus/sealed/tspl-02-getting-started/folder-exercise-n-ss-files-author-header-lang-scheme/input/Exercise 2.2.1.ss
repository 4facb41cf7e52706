;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.1

#lang scheme

(+ (* 1.2 (- 2 1/3)) -8.7)

(/ (+ 2/3 4/9) (- 5/11 4/3))

(+ 1 (/ 1 (+ 2 (/ 1 (+ 1 1/2)))))

(* 1 -2 3 -4 5 -6 7)