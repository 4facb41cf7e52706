(define my-list (lambda x x))
