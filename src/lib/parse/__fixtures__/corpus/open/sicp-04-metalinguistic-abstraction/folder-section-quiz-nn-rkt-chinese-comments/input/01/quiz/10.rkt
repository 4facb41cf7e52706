#lang sicp

;; We have practice this in several previous quizs
;; we register the new syntax form let/let*/named let/while and so on
;; in our derived form package
;; and the eval / apply would not need to change


