(** Taken from the chapter. *)

let rec rev l =
  match l with
  [] -> []
  | h::t -> rev t @ [h]



(** The answer. *)

let make_palindrome l =
  l @ (rev l)

let check_palindrome l =
  l = rev l
