(*1*)
let rec evens = function (* a' list -> a' list *)
  | _::a::t -> a :: evens t
  | _ -> [];;

(*2: Tally how many elements of a list are true *)
let rec count_true = function (* bool list -> int *)
  | [] -> 0
  | h::t -> count_true t + (match h with true -> 1 | _ -> 0);;

let rec count_true_tail l s = match l with
  | [] -> s
  | h::t -> count_true_tail t s + (match h with true -> 1 | _ -> 0);;

(*3: Tells whether a list reads the same backwards *)
let is_palindrome l = List.rev l = l;; (* 'a list -> bool *)

(*3: Turns a list into a palindrome*)
let palindrome l = (* 'a list -> 'a list *)
  if is_palindrome l then l 
  else l @ List.rev l;;

(* 4: Everything except the final element *)
let rec drop_last = function (* 'a list -> 'a list *)
  | [] -> []
  | [_] -> []
  | h::t -> h :: drop_last t;;

let rec drop_last_tail l a = match l with (* 'a list -> a' list *)
  | [] -> a
  | [_] -> a
  | h::t -> h :: drop_last_tail t a;;

(* 5 *)
let rec member n l = match l with (* 'a -> 'a list -> bool *)
  | [] -> false
  | h::t -> if h = n then true else member n t;;

(* 6: From a list, the set of its distinct elements *)
let rec make_set l a = match l with (* 'a list -> 'a list *)
    | [] -> a
    | h::t -> make_set t (if member h a then a else a @ [h]);;

(* 7: Say how costly the simple rev is, then give a tail recursive one *)

(* 7: The simple rev costs On2, since it does an *append* for
   each element and each append is On on its own *)
let rec rev_append l = match l with
    | [] -> []
    | h::t -> rev_append t @ [h];;

(* 7: Written tail recursively it only costs On *)
let rec rev l a = match l with
    | [] -> a
    | h::t -> rev t (h :: a)