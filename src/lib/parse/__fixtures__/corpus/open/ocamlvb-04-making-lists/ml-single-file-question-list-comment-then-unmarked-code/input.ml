(* 
Questions
1. Write evens , which does the reverse of odds , giving back the elements at even positions of a
list. So evens [2; 4; 2; 4; 2] should give [4; 4] . What type does your function have?
2. Write count_true , which counts how many elements of a list are true. So
count_true [true; false; true] should give 2 . What type does your function have? Can you
make it tail recursive?
3. Write a function that makes a palindrome out of a given list. A palindrome is a list that
is the same as its reverse. Assume rev and @ already exist. Write a second function that
tells whether a list is a palindrome.
4. Write droplast , which gives back every element of a list but the last. On the empty list it
should give the empty list. For instance, droplast [1; 2; 4; 8] should give [1; 2; 4] .
Can you make it tail recursive?
5. Write member of type α → α list → bool , giving true when an element occurs in a list,
and false otherwise. For instance, member 2 [1; 2; 3] should be true , but member 3 [1; 2]
should be false .
6. Using your member function, write make_set , which takes a list and gives back a list
holding every element of the original, with no element twice. For instance, make_set
[1; 2; 3; 3; 1] could give [2; 3; 1] . What type does your function have?
7. Why is the rev function we wrote wasteful? How does its running time
grow with the size of its argument? Can you write a faster version
 *)


let rec evens (l: 'a list) : 'a list = 
  match l with 
    _::e::t -> e :: evens t 
  | _ -> []

let rec count_true (l:bool list): int = 
  match l with
    [] -> 0 
  | true::t -> 1 + count_true t 
  | false::t -> count_true t 

let rec count_true_inner (l: bool list) (n: int) : int = 
  match l with 
    [] -> n
  | true::t -> count_true_inner t (n + 1)
  | false::t -> count_true_inner t n

(* 
  A curious (and irritating) bug: 
  writing count_true_inner t n + 1 where count_true_inner t (n+1) belongs
  gives a function that is no longer tail recursive but still returns the right count, since the + 1
  is still done once per true it meets. 

 *)
let count_true_tail_recursive (l: bool list) = 
  count_true_inner l 0

(* 
A palindrome from any list: stick the reversed list onto the end of it.
 *)

let rec rev (l: 'a list) : 'a list= 
  match l with 
    [] -> []
  | h::t -> rev t @ [h]

let build_palindrome l: 'a list = 
  l @ rev l


let is_palindrome (l: 'a list) : bool = 
  rev l = l

let rec drop_last (l: 'a list) : 'a list = 
  match l with 
    [] -> []
  | [_] -> []
  | h::t -> h :: drop_last t

let rec drop_last_inner (a: 'a list) (l: 'a list) : 'a list = 
  match l with 
    [] ->  List.rev a
  | [_] ->  List.rev a
  | h::t -> drop_last_inner (h::a) t

let drop_last_tail_recursive (l: 'a list): 'a list = 
  drop_last_inner [] l

let rec member (e: 'a) (l: 'a list) : bool = 
  match l with
    [] -> false
  | h::t -> h = e || member e t

let rec make_set (l: 'a list): 'a list = 
  match l with 
    [] -> []
  | h::t -> if member h t then make_set t else h :: make_set t 

(* 
7. Evaluating rev first walks down the list, touching each element once, so that part is 
  proportional to its length. But when the pieces are appended again, the first argument
  of each append is longer than the one before. 

  As we know, @ costs time in proportion to the length of its first argument. 
  So putting the lists back together costs time proportional to the square of the list's length. 
 *)

let rec rev_inner l a = 
  match l with 
    [] -> a 
  | h::t -> rev_inner t (h::a)   

let rev_v2 (l: 'a list) : 'a list =
  rev_inner l []

(* 
    This one runs in time proportional to the list's length
    and, as far as I can tell, is tail-recursive too.
   *)