#lang sicp

;; TODO: 完成 amb 解释器后再来运行
(define (require p)
  (if (not p) (amb)))

(define prepositions '(prep for to in by with))
(define nouns '(noun student professor cat class))
(define verbs '(verb studies lectures eats sleeps))
(define articles '(article the a))

(define (parse-sentence)
  (list 'sentence (parse-noun-phrase) (parse-verb-phrase)))

(define (parse-verb-phrase)
  (define (maybe-extend verb-phrase)
    (amb verb-phrase
         (maybe-extend
          (list 'verb-phrase
                verb-phrase
                (parse-prepositional-phrase)))))
  (maybe-extend (parse-word verbs)))

(define (parse-prepositional-phrase)
  (list 'prep-phrase
        (parse-word prepositions)
        (parse-noun-phrase)))

(define (parse-simple-noun-phrase)
  (list 'simple-noun-phrase
        ;; 冠词 + 名词
        (parse-word articles)
        (parse-word nouns)))

(define (parse-noun-phrase)
  (define (maybe-extend noun-phrase)
    (amb noun-phrase
         (maybe-extend
          (list 'noun-phrase
                noun-phrase
                (parse-prepositional-phrase)))))
  (maybe-extend (parse-simple-noun-phrase)))

(define (parse-word word-list)
  (require (not (null? *unparsed*)))
  (require (memq (car *unparsed*) (cdr word-list)))
  (let ([found-word (car *unparsed*)])
    (set! *unparsed* (cdr *unparsed*))
    (list (car word-list) found-word)))

(define *unparsed* '())
(define (parse input)
  (set! *unparsed* input)
  (let ([sent (parse-sentence)])
    (require (null? *unparsed*))
    sent))

;; (parse '(the student with the cat sleeps in the class))
(parse '(the professor lectures to the student with the cat))

;; (parse '(the professor
;;              lectures
;;              to
;;              the
;;              student
;;              in
;;              the
;;              class
;;              with
;;              the
;;              cat))


;; Answer 1
;; (sentence (simple-noun-phrase (article the)
;;                               (noun professor))
;;           (verb-phrase
;;            (verb-phrase
;;             (verb-phrase (verb lectures)
;;                          (prep-phrase (prep to)
;;                                       (simple-noun-phrase
;;                                        (article the)
;;                                        (noun student))))
;;             (prep-phrase (prep in)
;;                          (simple-noun-phrase (article the)
;;                                              (noun class))))
;;            (prep-phrase (prep with)
;;                         (simple-noun-phrase (article the)
;;                                             (noun cat)))))

