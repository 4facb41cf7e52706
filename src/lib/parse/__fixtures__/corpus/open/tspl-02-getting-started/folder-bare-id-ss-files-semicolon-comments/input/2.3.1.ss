((car (cdr (list + - * /))) 17 5)

; 1. The symbols list, +, -, *, / each give back the procedure they name.
; 2. (list + - * /) builds a four-element list of procedures (+ - * /).
; 3. (cdr (list + - * /)) drops the head and leaves three procedures (- * /).
; 4. (car (cdr (list + - * /))) picks out the subtraction procedure.
; 5. The literals 17 and 5 are self-evaluating.
; 6. Calling subtraction on 17 and 5 makes the whole thing come out as 12.
