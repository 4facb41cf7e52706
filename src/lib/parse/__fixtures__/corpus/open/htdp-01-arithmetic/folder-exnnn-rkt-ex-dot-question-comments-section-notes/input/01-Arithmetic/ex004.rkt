;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex004) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; Ex. 4
;; Starting from exercise 3's definitions, write an expression that removes the character at position i of str.
;; The result is, naturally, shorter than the string it started from.
;; For which i does this make sense?

(define str "helloworld")
(define i 5)

;; drop the i'th character
(string-append (substring str 0 i) (substring str (+ i 1)))
;=>"helloorld"

;; any i from 0 to 9 is fine
