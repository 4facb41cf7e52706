#lang sicp

(#%require "./permanent-assignment.rkt")
(#%require "../evaln.rkt")
(#%require "../env.rkt")

(define (analyze-permanent-assignment exp)
  (let ([var (p-assignment-variable exp)]
        [vproc (analyze (p-assignment-value exp))])
    (lambda (env succeed fail)
      (vproc env
             (lambda (val fail2)
               (set-variable-value! var val env)
               (succeed 'ok fail2))
             fail))))

(#%provide analyze-permanent-assignment)
