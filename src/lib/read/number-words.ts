/** Numbers written as words, as learners name questions: `Question One`, `q-twenty-one.sage`. */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number from one to ninety-nine in words, its tens and units joined by a hyphen, a space or an underscore. */
export const SPELLED_NUMBER = String.raw`(?:(?:${TENS.join('|')})(?:[- _](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;

/** Whether a word is one that numbers are written with: `three`, `twenty` (of `twenty-one`). */
export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return UNITS.includes(lower) || TEENS.includes(lower) || TENS.includes(lower);
}

/** The value of a number in words (`twenty-one` → 21); undefined for anything else. */
export function spelledNumber(text: string): number | undefined {
  const [first, second] = text.toLowerCase().split(/[- _]/);
  const unit = (word: string | undefined) => (word === undefined ? 0 : UNITS.indexOf(word) + 1 || undefined);
  if (TEENS.includes(first!)) return second === undefined ? TEENS.indexOf(first!) + 10 : undefined;
  const tens = TENS.indexOf(first!);
  if (tens >= 0) {
    const units = unit(second);
    return units === undefined ? undefined : (tens + 2) * 10 + units;
  }
  return second === undefined ? unit(first) || undefined : undefined;
}
