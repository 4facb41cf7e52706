;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex009) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
(require 2htdp/image)

;; Ex. 9
;; Put this line in DrRacket's definitions area:
;; (define in ...)
;; Next write an expression turning the value of in into a positive number.
;; A String gives its length;
;; an Image gives its area;
;; a Number gives the number minus 1, except when it is 0 or below already;
;; #true gives 10 and #false gives 20.

;;(define in "hello")
;;(define in (square 10 "outline" "green"))
;;(define in 100)
(define in #false)

(if (string? in) 
    (string-length in)
    (if (image? in) 
        (* (image-height in) (image-width in))
        (if (number? in)
            (if (> in 0) 
                (- in 1)
                (abs in))
            (if (boolean? in) 
                (if in
                    10
                    20)
                (error "Unknown data type")))))
