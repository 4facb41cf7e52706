;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex002) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; Ex. 2
;; Put these two lines in the definitions area:
;; (define prefix "hello")
;; (define suffix "world")
;; Next, with string primitives, write an expression
;; joining prefix and suffix with "_" in the middle.
;; Running the program should show "hello_world" in the interactions area.

(define prefix "hello")
(define suffix "world")
(string-append prefix "_" suffix) ;=> "hello_world"
