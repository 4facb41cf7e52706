;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex001) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; Ex 1
;; Above all, this exercise asks for an expression that work
;; s out how far a given Cartesian point (x,y) lies from the origin (0,0).
; ;Besides that, it offers a first taste of BSL, DrRacket and its
;; interactions area for trying out expressions.

(define x 3)
(define y 4)

(sqrt (+ (sqr x) (sqr y))) ;=> 5
(sqrt (+ (sqr 12) (sqr 5))) ;=> 13