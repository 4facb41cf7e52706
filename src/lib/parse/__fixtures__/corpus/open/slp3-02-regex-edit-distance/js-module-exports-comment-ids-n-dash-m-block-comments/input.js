//2.1-1: strings made of letters only
module.exports.regex211 = /^[A-Za-z]*$/;

//2.1-2: lowercase letter strings whose last letter is b
module.exports.regex212 = /^[a-z]*b$/;

/*2.1-3: strings over the letters 
  a,b where every a has a b directly before it and 
  a b directly after it;
*/
module.exports.regex213 = /^(b(ab)*)*$/;

/*2.2-1: strings in which a word is repeated 
    straight away (“Humbert Humbert”, “the the”, 
    yet not “the bug” or “the big bug”);
*/
module.exports.regex221 = /\b(\w+)\s(\1)\b/;

/*2.2-2: strings whose line opens 
  with an integer and closes with a word;
  */
 module.exports.regex222 = /^\d+.*\b\w+$/;

/*2.2-3: strings holding the word grotto as well as the word raven 
 * (a word like grottos, which only contains grotto, does not count);*/

module.exports.regex223 = /^(?=.*\bgrotto\b)(?=.*\braven\b).*$/;

/*2.2-4: a pattern that stores the opening word of an English sentence in a 
  * register, taking care of punctuation.
  *
  * obs.: so anchoring at the start of the string is not enough. The
  * key word in the task is "sentence".
  *
  * With JavaScript's positive lookbehind one could write
  * "(?<=^|[\.\!\?]\s)([A-Z]\w*) but I leave that out, since it is a 
  * feature peculiar to this language that the book never brings up.
  * On top of that it runs only in some browsers and
  * not under NodeJS.
  *
  * The parentheses around the second half of the regex matter, since
  * the task asks for the match to end up in a register.
  */

module.exports.regex224 = /(?:^|[\.\!\?]\s)([A-Z]\w*)/g;
