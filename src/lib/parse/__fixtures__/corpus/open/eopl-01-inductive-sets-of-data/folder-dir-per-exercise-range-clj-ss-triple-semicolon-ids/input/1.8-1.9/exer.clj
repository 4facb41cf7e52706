;;; 1.8

;;; Sym X Listof(Sym) -> Listof(Sym)
;;; (remove-till-first s los) gives back the part
;;; of *los* that follows the first *s*, keeping the
;;; original order; every element up to and incuding
;;; that first *s* is droped.
(defn remove-till-first [s los]
  (if (empty? los)
      '()
      (if (= s (first los))
          (rest los)
          (remove-till-first s (rest los)))))

;;; 1.9

;;; Sym X Listof(Sym) -> Listof(Sym)
;;; (remove-all s los) gives back *los* in its
;;; original order with every single copy
;;; of the symbol *s* taken
;;; out, wherever it ocurs.
(defn remove-all [s los]
  (if (empty? los)
      '()
      (if (= s (first los))
          (remove-all s (rest los))
          (cons (first los)
                (remove-all s (rest los))))))
