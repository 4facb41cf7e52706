(define data '((a . b) ((c) d) ()))

; Checking that data really has the required shape

(car data) ; => (a . b)

(caadr data) ; => (c)

(cdadr data) ; => (d)

(cddr data) ; => (())
