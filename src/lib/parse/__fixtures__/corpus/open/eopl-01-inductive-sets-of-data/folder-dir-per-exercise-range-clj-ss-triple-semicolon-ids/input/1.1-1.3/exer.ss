;;; 1.1 ;;;;;;;;;;;;;;;;;;;;
;; Give inductive definitions for each set below, in all three forms (top-down, bottom-up, rules of infer- ence), and use the rules to derive a few example members of every set.

;; 1. {3n+2 | n ∈ N}
;;; {2, 5, 8, ...}
;;; top-down: A nature number n belongs to S exactly when 1) n = 2, or 2) n-3 ∈ S.
;;; bottom-up: Take S as the least set having two properties: 1) 2 ∈ S, and 2) whenever n ∈ S, also n+3 ∈ S.
;;; rules of inference: 2 ∈ S, if n ∈ S, then n+3 ∈ S.
;;; e.g. 1!=2, so 1 is outside S; 2==2, so 2 is in S; 5=2+3 ans 2 is in S, hence 5 is in S.


;; 2. {2n+3m+1|n,m∈N}
;;; {1, 3, 4, 6, 5, 7, 8, 9,10,11}
;;; top-down: A nature number n belongs to S exactly when 1) n = 1, or 2) n-2 ∈ S, or 3) n-3 ∈ S.
;;; bottom-up: Take S as the least set having two properties: 1) 1 ∈ S, and 2) whenever n ∈ S, also n+2 ∈ S, and 3) whenever n ∈ S, also n+3 ∈ S.
;;; rules of inference: 1 ∈ S, if n ∈ S, then n+2 ∈ S, and if n ∈ S, then n+3 ∈ S.
;;; e.g. 1==1, so 1 is in S. 2!=1,and 2!=2+2,and 2 != 2+3, so 2 falls outside S.

;; 3. {(n,2n+1)|n∈N}
;;; {(0,1), (1,3), (2,5), ...}
;;; top-down: (m,n) belongs to S exactly when 1) m=0, n=1, or 2) (m-1,n-2) ∈ S
;;; bottom-up: Take S as the least set having two properties: 1) (0,1) ∈ S, and 2) whenever (m,n) ∈ S, also (m+1, n+2) ∈ S.
;;; rules of inference: (0,1) ∈ S, if (m,n) ∈ S, then (m+1, n+2) ∈ S.
;;; e.g. (1,1) is outside S because (0,-1) is outside S.

;; 4. {(n, n2) | n ∈ N} The rules must not talk about squaring. Hint: keep in mind that(n+1)2 =n2 +2n+1.
;;; {(0,0), (1,1), (2,4), (3,9), ...}
;;; top-down: (m,n) belongs to S exactly when 1) m=0, n=0, or 2) (m-1,n-2m+1) ∈ S.
;;; bottom-up: Take S as the least subset of N having two properties: 1) (0,0) ∈ S, and 2) whenever (m,n) ∈ S, also (m+1, n+2m+1) ∈ S.
;;; rules of inference: (0,0) ∈ S, if (m,n) ∈ S, then (m+1, n+2m+1) ∈ S.
;;; e.g. (1,1) is in S, because (0,0) is in S.

;;; 1.2 ;;;;;;;;;;;;;;;;;;;;

;;; 1. {(0,1), (1,8), (2,15),(3,22), ...} -> {(n, 7n+1) | n ∈ S}
;;; 2. {(0,1), (1,2), (2,4), (3,8), ...} -> {(n, 2 ^ n) | n ∈ S}
;;; 3. {(0,0,1), (1,1,1), (2,1,2), ()} ...}  -> {(n, fib(n), fib(n+1) | n ∈ S}
;;; 4. {(n, 2n+1, n ^ 2) | n ∈ S}

;;; 1.3 ;;;;;;;;;;;;;;;;;;;;
;;; 0 ∈ T, 1 ∈ T, if n ∈ T, then n + 3 ∈ T
