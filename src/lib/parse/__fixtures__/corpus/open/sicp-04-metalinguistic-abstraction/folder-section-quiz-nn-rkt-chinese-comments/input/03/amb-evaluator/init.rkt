#lang sicp

(#%require "./setup.rkt")

(driver-loop)
