;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex003) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; Ex. 3
;; Put these two lines in the definitions area:
;; (define str "helloworld")
;; (define i 5)
;; Next, with string primitives, write an expression inserting "_" at position i.
;; As a rule the result is then one character longer than the input;
;; for these values it should be "hello_world".

(define str "helloworld")
(define i 5)

(string-append (substring str 0 i) "_" (substring str i))
;=> "hello_world"