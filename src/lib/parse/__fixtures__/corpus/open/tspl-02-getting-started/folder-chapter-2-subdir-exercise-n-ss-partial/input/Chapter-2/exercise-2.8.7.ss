(define transpose
  (lambda (lst)
    (cons (map car lst) (map cdr lst))))
