// Count the tokens in this statement:
// answer=(3*q-p*p)/3;
// answer = (3 * q - p * p) / 3;

// Answer: I count 14 tokens
// answer, =, (, 3, *, q, -, p, *, p, ), /, 3, ;
