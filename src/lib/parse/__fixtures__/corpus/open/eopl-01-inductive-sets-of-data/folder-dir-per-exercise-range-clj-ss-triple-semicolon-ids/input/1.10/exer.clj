;;; exclusive or
;;; Inclusive or: A, B, or the two together.
;; Exclusive or: exactly one of A and B, never both.
