// Put spaces between the tokens of
// Exercise 8 so the statement reads more easily.
// answer = (3 * q - p * p) / 3;
