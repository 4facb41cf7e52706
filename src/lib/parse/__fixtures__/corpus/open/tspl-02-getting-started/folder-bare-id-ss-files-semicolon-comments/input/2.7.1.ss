(define atom? (lambda (x) (not (pair? x))))
