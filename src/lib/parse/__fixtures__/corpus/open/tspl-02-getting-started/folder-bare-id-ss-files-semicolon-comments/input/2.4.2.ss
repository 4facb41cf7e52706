(let ([x 9])
  (* x
     (let ([x (/ x 3)])
       (+ x x))))

; Inside, the let gives x the value 3, so that part comes to 6
; Outside, the body reduces to (* 9 6)
; So the whole expression is 54
