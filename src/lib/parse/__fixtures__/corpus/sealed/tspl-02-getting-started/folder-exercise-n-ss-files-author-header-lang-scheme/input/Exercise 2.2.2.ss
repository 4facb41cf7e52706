;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.2

#lang scheme

(+ 1 2)
(+ 1 2.0)
(+ 1/3 2)
(+ 1+4i 2)
(+ 1 -4.6i)
(+ 34+5i 3/4-6i)


(- 1 2)
(- 1 2.0)
(- 1/3 2)
(- 1+4i 2)
(- 1 -4.6i)
(- 34+5i 3/4-6i)


(* 1 2)
(* 1 2.0)
(* 1/3 2)
(* 1+4i 2)
(* 1 -4.6i)
(* 34+5i 3/4-6i)


(/ 1 2)
(/ 1 2.0)
(/ 1/3 2)
(/ 1+4i 2)
(/ 1 -4.6i)
(/ 34+5i 3/4-6i)