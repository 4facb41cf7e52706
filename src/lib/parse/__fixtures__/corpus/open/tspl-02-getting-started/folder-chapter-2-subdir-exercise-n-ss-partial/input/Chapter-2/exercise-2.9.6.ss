(define make-queue
  (lambda ()
    (cons '() '())))

(define 
