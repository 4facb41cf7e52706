#lang sicp

(#%require "common.scm")

;   Exercise 3.54
;   =============
;   
;   Define a procedure mul-streams, analogous to add-streams, that produces
;   the elementwise product of its two input streams. Use this together with
;   the stream of integers to complete the following definition of the
;   stream whose nth element (counting from 0) is n + 1 factorial:
;   
;   (define factorials (cons-stream 1 (mul-streams <??> <??>)))
;   
;   ------------------------------------------------------------------------
;   [Exercise 3.54]: http://sicp-book.com/book-Z-H-24.html#%_thm_3.54
;   3.5.2 Infinite Streams - p331
;   ------------------------------------------------------------------------

(-start- "3.54")

(prn "
(define (mul-streams s1 s2)
  (stream-map * s1 s2)) 

(define factorials
  (cons-stream 1 (mul-streams
                  (integers-starting-from 2)
                  factorials)))
")

(--end-- "3.54")

