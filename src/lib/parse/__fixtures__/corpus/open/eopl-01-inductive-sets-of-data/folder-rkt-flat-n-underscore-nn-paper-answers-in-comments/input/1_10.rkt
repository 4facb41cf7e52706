;; Exclusive or, a or b, but not both.
