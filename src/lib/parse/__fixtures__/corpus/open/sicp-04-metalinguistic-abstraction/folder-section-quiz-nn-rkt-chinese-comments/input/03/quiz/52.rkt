#lang sicp

;; see eval-if-fail.rkt
