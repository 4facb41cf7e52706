;; The Scheme Programming Language, 4th ed.
;; by R. Kent Dybvig

;; Worked by : Ameer Fazal
;; youtube.com/ameerfazal

;; Exercise 2.2.8

#lang scheme


; Say in words how Scheme evaluates an expression.
;
;An expression is either an atom or a list (a pair). Numbers and strings simply evaluate to themselves.
;
;For instance
;> 34
;> "hello"
;
;
;;A quoted expression is taken as plain data, so you get the list of items back as written.
;
;For instance
;> '(a b c)
;> (quote a b c)
;
;When the head of the list is a procedure and the arguments fit it in number and type,
;the procudure gets invoked on them; this is what a procedure application is.
;
;For instance
;> (+ 2 3)
;> (cons 'a '())
;
;Any subexpression may itself be a nested expression, so one scheme expression can hold several procedure applications.
;
;
;
;Even the head of the expression may be nested, itself a procedure application. When that happens
;its value, being a procedure, is then applied to the other elements in a further application. 