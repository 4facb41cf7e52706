;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex008) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
(require 2htdp/image)

;; Ex. 8
;; Put this line in the definitions area:
;; (define cat <image>)
;; Write a conditional expression deciding whether the image is tall or wide.
;; Call an image "tall" when its height is at least its width;
;; in every other case it is "wide".
;; Swap the cat for a rectangle you pick yourself so the expected answer is known.
;; Then try this variation.
;; Write an expression deciding whether a picture is "tall", "wide", or "square"

(define cat (bitmap "images/cat.png"))

(if (> (image-height cat) (image-width cat))
    "tall"
    (if (= (image-height cat) (image-width cat))
        "square"
        "wide")) ;=> "tall"

(define image-1 (rectangle 60 40 "solid" "red"))
;;(rectangle 60 40 "solid" "red")

(if (> (image-height image-1) (image-width image-1))
    "tall"
    (if (= (image-height image-1) (image-width image-1))
        "square"
        "wide")) ;=> "tall"