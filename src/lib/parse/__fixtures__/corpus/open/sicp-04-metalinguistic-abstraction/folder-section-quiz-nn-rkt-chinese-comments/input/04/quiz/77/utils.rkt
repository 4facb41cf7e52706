#lang sicp

(define (tagged-list? exp tag)
  (if (pair? exp) (eq? (car exp) tag) false))

(#%provide tagged-list?)
