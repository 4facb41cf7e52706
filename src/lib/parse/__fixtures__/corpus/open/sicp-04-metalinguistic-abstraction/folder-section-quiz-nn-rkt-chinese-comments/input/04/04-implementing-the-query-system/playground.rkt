#lang sicp

(#%require "./driverloop.rkt")
(#%require "./complex-query/special-forms.rkt")

(init-compound-query)
(query-driver-loop)

