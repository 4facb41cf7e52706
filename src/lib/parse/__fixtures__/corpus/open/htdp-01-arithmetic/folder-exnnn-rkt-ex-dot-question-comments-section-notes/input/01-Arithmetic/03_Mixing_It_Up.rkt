;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname 03_Mixing_It_Up) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; 1.3 Mixing It Up
;; some string operationgs take or give data that are not strings
;; string-length - takes a String and gives back a Number
;; string-ith - takes a String and a Natural and gives back a !String
;; number->string - takes a number and gives back a string

;; substring
;; (substring s i j) → string
;;  s : string
;;  i : natural-number
;;  j : natural-number
;; Pulls out the part of s from i up to j (or to the end when j is left out).

;; Arguments of the wrong kind
;(string-length 42
;string-length: expects a string, given 42)

(string-length "fourty-two") ;=> 10
;(string-length 42) type error

;; operations can be nested as long as the types line up:
(+ (string-length "hello world") 20) ;=> 31


(+ (string-length (number->string 42)) 2) ;=> 4
;;(+ (string-length 42) 2) type error
;; string-length: expects a string, given 42

;; Exercises 3, 4 are elsewhere.