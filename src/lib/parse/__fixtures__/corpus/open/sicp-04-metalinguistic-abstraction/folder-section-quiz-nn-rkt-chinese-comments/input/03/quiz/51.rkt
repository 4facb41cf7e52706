#lang sicp

;; see amb-evaluator
;; It's obvious that the count variable wouldn't be increased if we use set! to replace permanent-set! cause the assignment can be revoked




