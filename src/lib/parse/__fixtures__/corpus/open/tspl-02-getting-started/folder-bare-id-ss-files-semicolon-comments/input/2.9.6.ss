; make-queue now stands for an empty queue with null rather than a dummy pair
(define make-queue
  (lambda ()
    '(() ())))

; emptyq? is adjusted to match
(define emptyq?
  (lambda (q)
    (null? (car q))))

; assert-non-empty keeps its text (only the emptiness test under it moved)
(define assert-non-empty
  (lambda (q)
    (when (emptyq? q)
      (assertion-violation #f "queue must be nonempty"))))

; putq! must now treat the empty queue separately
(define putq!
  (lambda (q v)
    (let [(tail (cons v '()))]
      (if (empty? q)
          (begin (set-car! q tail)
                 (set-cdr! q tail))
          (begin (set-cdr! (cdr q) tail)
                 (set-cdr! q tail))))))

; getq stays the same
(define getq
  (lambda (q)
    (assert-non-empty q)
    (car (car q))))

; delq! must also treat a queue of one element separately
(define delq!
  (lambda (q)
    (assert-non-empty q)
    (let [(head (cdar q))]
      (set-car! q head)
      (when (null? head)
        (set-cdr! q '())))))

; This saves a tiny amount of storage, yet the code is harder to follow than
; the book's dummy-pair version because the empty queue needs its own
; branches. I find the dummy-pair approach a bit tidier.
