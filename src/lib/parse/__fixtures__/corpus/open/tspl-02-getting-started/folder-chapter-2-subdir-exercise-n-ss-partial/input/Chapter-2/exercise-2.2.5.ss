'((a b) ((c) (d)) ())

;the correct one:
'((a . b) ((c) d) ())
