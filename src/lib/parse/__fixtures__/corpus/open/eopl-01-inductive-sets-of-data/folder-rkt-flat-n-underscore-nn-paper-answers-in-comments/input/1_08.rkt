;; remove-first : Sym × Listof(Sym) → Listof(Sym)
;; usage: (remove-first s los) 
;;        returns a sub of list from los, starting from the symbol after the first s. 
;;        If los doesn’t contain s, an empty list is returned.
