(define shorter
  (lambda (l1 l2)
    (if (<= (length l1) (length l2)) l1 l2)))
