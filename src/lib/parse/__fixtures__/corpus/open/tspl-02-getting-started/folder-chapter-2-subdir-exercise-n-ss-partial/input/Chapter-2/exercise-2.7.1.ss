(define atom?
  (lambda (x)
    (if (pair? x)
        #t
        #f)))

;; neater version(offical)
(define atom?
  (lambda (x)
    (not (pair? x))))

;; since pair? already gives back #t or #f.
