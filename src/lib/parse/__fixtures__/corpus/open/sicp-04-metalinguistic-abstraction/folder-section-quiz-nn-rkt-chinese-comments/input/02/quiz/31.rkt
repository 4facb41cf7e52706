#lang sicp

;; 具体的改动参见 evaluator-lazy
