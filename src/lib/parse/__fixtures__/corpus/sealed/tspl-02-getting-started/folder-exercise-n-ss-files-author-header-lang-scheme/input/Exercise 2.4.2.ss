;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.4.2

#lang scheme

(let ([x 9])
  (* x ; 9
     (let ([x (/ x 3)]) ; 3
       (+ x x)))) ; 6

;; It comes out to 54

;; In the outer let, x stands for 9. That 9 gets multiplied by the value of a second let expression.
;; In the second let, x is rebound to x/3, that is 3. Adding this 3 to itself gives
;; 6. Hence 9 * 6 = 54.

