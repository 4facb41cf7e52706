;a.
(let ([x (* 3 a)])
  (+ (- x b) (+ x b)))

;b.
(let ([x (list a b c)])
  (cons (car x) (cdr x)))
