; * A quoted expression yields exactly what was quoted.
;
; * A bare symbol yields whatever value it is currently bound to.
;
; * A bare list is evaluated by recursively evaluating every element, then
;   treating the value of the first element as a procedure and calling it on
;   the values of the remaining elements.
