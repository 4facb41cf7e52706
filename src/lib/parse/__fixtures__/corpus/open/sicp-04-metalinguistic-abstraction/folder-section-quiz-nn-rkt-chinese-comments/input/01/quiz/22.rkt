#lang sicp

;; for more code, see ../evaluator-analyzer
;; ((let? exp) (analyze (let->combination exp)))

