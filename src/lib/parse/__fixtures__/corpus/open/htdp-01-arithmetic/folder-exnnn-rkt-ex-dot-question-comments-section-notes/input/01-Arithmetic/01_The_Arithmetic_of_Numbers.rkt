;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname 01_The_Arithmetic_of_Numbers) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; 1.1 The Arithmetic of Numbers

(+ 3 4)

;; The operators BSL offers: +, -, *, /, abs, add1, ceiling, denominator, exact->inexact, expt, floor,
;; gcd, log, max, numerator, quotient, random, remainder, sqr, and tan

(sin 0)

;; The kinds of numbers range over counting numbers, integers, rationals, reals,
;; and complex numbers too.

;; Exercise 1 is elsewhere