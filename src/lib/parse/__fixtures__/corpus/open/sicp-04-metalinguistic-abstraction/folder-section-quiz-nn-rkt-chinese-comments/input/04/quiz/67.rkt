#lang sicp
;; Devise a way to install a loop detector in the query system so as to avoid the kinds of simple loops 
;; illustrated in the text and in Exercise 4.64. 
;;
;; The general idea is that the system should maintain some sort of
;; history of its current chain of deductions and should not begin processing a query that it is already working on.
;; Describe what kind of information (patterns and frames) is included in this history, and how the check should be made. 

;; The code implementation will be achieved after finishing 4.4

