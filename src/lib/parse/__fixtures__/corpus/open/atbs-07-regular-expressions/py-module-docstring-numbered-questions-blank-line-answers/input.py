# Practice Questions
"""
1. Which function makes Regex objects?

re.compile()

2. Why do people tend to write Regex patterns as raw strings?

With raw strings you never need to escape the backslashes.

3. What do you get back from the search() method?

Gives back Match Objects

4. How do you pull the matched text itself out of a Match object?

Call the group() method

5. For the regex built from r'(\d\d\d)-(\d\d\d-\d\d\d\d)', which part is group 0? Group 1? Group 2?

- group(0) is the whole string
- group(1) is the leading 3 digits inside the first parentheses
- group(2) is the final 7 digits inside parentheses

6. In regex syntax, parentheses and periods mean something special. How do you make a regex match literal parenthesis and period characters?

- escape that character by putting a backslash before it

7. findall() gives back either a list of strings or a list of tuples of strings. What decides which one you get?

- A regex without groups (parentheses inside the regex) yields a list of strings. A regex that has groups yields a list of tuples of strings.

8. What does the | character mean in a regular expression?

one or the other

9. Which two meanings does the ? character have in regular expressions?

The ? character says either “the group before may appear zero times or once” or it marks the match as nongreedy.

10. How do the + and * characters differ in regular expressions?

+ = at least one of the preceeding
* = none or more of the preceeding

11. How do {3} and {3,5} differ in regular expressions?

- {3} wants exactly 3 of the preceeding regex
- {3,5} wants from 3 up to 5 of the preceeding regex

12. What do the shorthand classes \d, \w, and \s stand for in regular expressions?

\d = one digit
\w = word char
\s = blank space

13. What do the shorthand classes \D, \W, and \S stand for in regular expressions?

- uppercase works like a NOT, matches anything other than ___
\D = anything but one digit
\W = anything but a word char
\S = anything but blank space

14. How does .* differ from .*??

The .* grabs as much as it can, while the .*? grabs as little as it can.

15. Which character class matches every digit and every lowercase letter?

[0-9a-z] works, so does [a-z0-9]

16. How can a regular expression be made to ignore case?

Give re.compile() re.I or re.IGNORECASE as its second argument and upper and lower case are treated the same.

17. What does the . character usually match? And what does it match when re.DOTALL is given as re.compile()'s second argument?

Normally the . character matches everything but a newline. With re.DOTALL as re.compile()'s second argument, newlines are matched by the dot as well.

18. Given numRegex = re.compile(r'\d+'), what does numRegex.sub('X', '12 drummers, 11 pipers, five rings, 3 hens') give back?

X drummers, X pipers, X rings, X hens

19. What can you do once re.VERBOSE is passed as re.compile()'s second argument?

With re.VERBOSE the pattern string given to re.compile() may contain whitespace and comments

20. Write a regex matching a number that has a comma every three digits. It has to match these:

'42'
'1,234'
'6,368,745'
and must not match these:

'12,34,567' (only two digits sit between its commas)
'1234' (no commas at all)

re.compile(r'^\d{1,3}(,\d{3})*$') builds such a regex, though other pattern strings could do much the same.

21. Write a regex matching the full name of a person with the surname Watanabe. Take the first name before it to be always a single word starting with a capital letter. The regex has to match these:

'Haruto Watanabe'
'Alice Watanabe'
'RoboCop Watanabe'
and must not match these:

'haruto Watanabe' (first name starts in lowercase)
'Mr. Watanabe' (the word before contains a non-letter)
'Watanabe' (no first name given)
'Haruto watanabe' (surname starts in lowercase)

re.compile(r'[A-Z][a-z]*\sWatanabe')


22. Write a regex matching a sentence whose first word is Alice, Bob, or Carol, whose second word is eats, pets, or throws, whose third word is apples, cats, or baseballs, and which ends in a period. The regex must ignore case. It has to match these:

'Alice eats apples.'
'Bob pets cats.'
'Carol throws baseballs.'
'Alice throws Apples.'
'BOB EATS CATS.'
and must not match these:

'RoboCop eats apples.'
'ALICE THROWS FOOTBALLS.'
'Carol eats 7 cats.'

re.compile(r'(Alice|Bob|Carol)\s(eats|pets|throws)\s(apples|cats|baseballs)\.', re.IGNORECASE)

"""

