;; The first three lines of this file were inserted by DrRacket. They record metadata
;; about the language level of this file in a form that our tools can easily process.
#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex007) (read-case-sensitive #t) (teachpacks ()) (htdp-settings #(#t constructor repeating-decimal #f #t none #f () #f)))
;; Ex. 7
;;
;; Put these two lines in DrRacket's definitions area:
;; (define sunny #true)
;; (define friday #false)
;; Then write an expression that is true when sunny is false or friday is true.
;; For these two values it yields #false. (Why is that?)
;; How many Boolean combinations can sunny and friday take?

(define sunny #true)
(define friday #false)

(or (not sunny) friday)  ; #false

;; it is logical implication!
(or (not #true) #true)  ; #true
(or (not #true) #false) ; #false
(or (not #false) #true) ; #true
(or (not #false) #false) ; #true
