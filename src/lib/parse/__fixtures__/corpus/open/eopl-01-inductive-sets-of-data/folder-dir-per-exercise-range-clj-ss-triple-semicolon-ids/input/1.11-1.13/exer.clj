
;; 1.11
;;; sexp is always a piece of slist, (first slist) or (rest slist), so it shrinks
;;; and the descent has to bottom out at a symbol.

;; 1.12

(defn subst [new old slist]
  (if (empty? slist)
    '()
    (if (symbol? (first slist))
      (cons
       (if (= old (first slist))
         new
         (first slist))
       (subst new old (rest slist)))
      (cons
       (subst new old (first slist))
       (subst new old (rest slist))))))


;; 1.13
(defn subst2 [new old slist]
  (defn subst-in-s-exp [sexp]
    (if (symbol? sexp)
      (if (= old sexp) new sexp)
      (subst2 new old sexp)))
  (map subst-in-s-exp slist))


