#lang sicp

;; Exhausted, pass this time! ;)
