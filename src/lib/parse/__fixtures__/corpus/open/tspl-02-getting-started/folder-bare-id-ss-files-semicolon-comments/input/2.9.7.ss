(define make-cyclic
  (lambda ()
    (let ([ls (cons 'a '())])
      (set-cdr! ls ls)
      ls)))

(make-cyclic)
; The REPL warns that it found a cycle and prints #0=(a . #0#)

(length (make-cyclic))
; Raises an error saying (a a a a a a ...) is circular
