#lang sicp

;; The reason why will use interleave in disjoin and stream-flatmap
;; is interleave can make those query with potential infinite stream can have chance to display each stream's result
;; rather than only one stream, and that can embody more useful messages 


