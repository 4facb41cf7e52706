;gives b
(car (cdr (car '((a b) (c d)))))

;gives c
(car (car (cdr '((a b) (c d)))))

;gives d
(car (cdr (car (cdr '((a b) (c d))))))
