; The copy comes out as the mirror image of the input tree
(define tree-mirror
  (lambda (tr)
    (if (not (pair? tr))
        tr
        (cons (tree-mirror (cdr tr))
              (tree-mirror (car tr))))))
