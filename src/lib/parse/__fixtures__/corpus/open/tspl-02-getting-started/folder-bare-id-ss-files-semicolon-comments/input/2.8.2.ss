; Two-argument append
(define my-append
  (lambda (li1 li2)
    (if (null? li1)
        li2
        (cons (car li1) (my-append (cdr li1) li2)))))

; Same thing with the two arguments swapped in the recursive call
(define f
  (lambda (li1 li2)
    (if (null? li1)
        li2
        (cons (car li1) (f li2 (cdr li1))))))

; Now the two lists get interleaved:

(f '(1 2) '(a b)) ; => (1 a 2 b)

(f '(1 2 3 4) '(a b)) ; => (1 a 2 b 3 4)

(f '(1 2) '(a b c d)) ; => (1 a 2 b c d)
