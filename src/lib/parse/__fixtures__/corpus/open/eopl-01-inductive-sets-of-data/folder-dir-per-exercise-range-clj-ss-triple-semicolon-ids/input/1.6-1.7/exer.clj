;; 1.6
;;; with an empty list or an n past the end, the error message never gets shown
;;; scheme instead fails inside car: car: contract violation expected: pair?
;;; clojure just hands back nil

;;; scheme
(define nth-element
  (lambda (lst n)
          (if (zero? n)
            (car lst)
            (if (null? lst)
              (error "empty list")
              (nth-element (cdr lst) (- n 1))))))

;;; clojure
(defn list-ref [lst n]
  (if (= n 0)
    (first lst)
    (if (empty? lst)
      (throw (Exception. "Error: empty list."))
      (list-ref (rest lst)
                (- n 1)))))

;; 1.7
;;; a nested helper function closes over the original arguments
(defn list-ref [lst n]
  (defn list-ref-aux [lst2 n2]
    (if (empty? lst2)
      (throw (Exception.
              (format "Error: list %s does not have %s elements." lst (+ 1 n))))
      (if (= n2 0)
        (first lst2)
        (list-ref-aux (rest lst2)
                      (- n2 1)))))
  (list-ref-aux lst n))

