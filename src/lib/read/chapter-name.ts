/**
 * The chapter a file or folder name gives, for sorting a member's checkout into a book's chapters:
 * `chapter_07`, `Chapter 7`, `CHAPTER_12`, `chapt04`, `ch3`, `07-ensembles`, `section06`, `Chapter2.Rmd`.
 */

/** Words that say the number after them is a chapter's. */
const CHAPTER_WORDS = new Set([
  'chapter',
  'chapters',
  'chapt',
  'chap',
  'ch',
  'c',
  'kapitel',
  'chapitre',
  'capitulo',
  'cap',
  'section',
  'sec',
  'part',
  'lesson',
  'unit',
  'week',
]);

/** Words that say the number after them is an exercise's, not a chapter's. */
const EXERCISE_WORDS = new Set([
  'ex',
  'exercise',
  'exercises',
  'exo',
  'q',
  'question',
  'questions',
  'problem',
  'problems',
  'p',
  'task',
  'hw',
  'step',
  'v',
  'version',
  'edition',
  'ed',
]);

/** The name's words and numbers, split at punctuation and where letters meet digits (`chapt04` → `chapt`, `04`). */
function tokens(name: string): string[] {
  return name.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
}

/**
 * The chapter of `chapters` a name gives: a number after a chapter word, else the name's only number
 * (not after an exercise word). Undefined when the name gives none, or a number that is not one of the book's chapters.
 */
export function chapterFromName(name: string, chapters: ReadonlySet<number>): number | undefined {
  const stem = name.replace(/\.[A-Za-z][A-Za-z0-9]{0,7}$/, '');
  const words = tokens(stem);
  const numbers = words.flatMap((word, i) => (/^\d+$/.test(word) ? [{ value: Number(word), after: words[i - 1] }] : []));
  const named = numbers.find((number) => number.after !== undefined && CHAPTER_WORDS.has(number.after));
  if (named) return chapters.has(named.value) ? named.value : undefined;
  if (numbers.length !== 1) return undefined;
  const [only] = numbers;
  if (only!.after !== undefined && EXERCISE_WORDS.has(only!.after)) return undefined;
  return chapters.has(only!.value) ? only!.value : undefined;
}
