/**
 * Books that print lettered series (review questions R1 …, problems P1 …; easy E1 …, medium M1 …) are
 * often answered with plain numbers under a heading per series: `## Review Questions` 1, 2, 3 …, then
 * `## Problems` 1, 2 …. Where a file's numbering starts again at 1 under each of two or more headings
 * whose first words begin with different letters, those letters are the series: the answers are R1 …, P1 …. A heading
 * that names the book's exercises (`## Exercises`, `### 练习题`) keeps their plain numbers beside such a series (King's
 * exercises 1 … 10, then his programming projects P1 … P8).
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Answer, AnswerSet } from '../model/model.ts';
import { SECTION, seriesKey } from '../model/question-id.ts';

/** The letters a series may have: not A or Q, which label answers and questions (`A3:`, `Q3.`). */
const SERIES_LETTER = /^[B-PR-Z]$/;

/** The last heading among `nodes`: in an answer, the heading of the section that follows it. */
function lastHeading(nodes: readonly RootContent[] | undefined): Heading | undefined {
  return nodes?.findLast((node): node is Heading => node.type === 'heading');
}

/**
 * The book's own exercises, beside a second series (King's "Exercises" 1 … 10, then "Programming Projects" 1 … 8): numbered plainly,
 * as the book prints them, in English, Chinese, Japanese and Korean.
 */
const PLAIN_SERIES = /^(?:exercises?|练习题?|練習題?|习题|習題|演習(?:問題)?|연습\s*문제)$/iu;
/** Headings of Chinese and Japanese that name a series by its kind: programming problems (`编程题`) are projects. */
const NAMED_SERIES: ReadonlyArray<readonly [RegExp, string]> = [[/^(?:编程|編程|程序设计|プログラミング)/u, 'P']];

/** The series letter a heading names: the initial of its first word (`Review Questions` → R), if it may be one; '' for the book's plain exercises. */
function seriesLetter(heading: Heading | undefined): string | undefined {
  const text = heading ? toString(heading).trim() : '';
  const word = /\p{L}+/u.exec(text)?.[0];
  if (word && PLAIN_SERIES.test(word)) return '';
  const named = NAMED_SERIES.find(([pattern]) => pattern.test(text));
  if (named) return named[1];
  const letter = word?.[0]?.toUpperCase();
  return letter && SERIES_LETTER.test(letter) && word!.length > 1 ? letter : undefined;
}

/** An answer numbered `4.` and nothing more: no chapter, section or series of its own, and not named by its file. */
export const isBare = (answer: Answer): boolean =>
  answer.number < SECTION && answer.chapter === undefined && !answer.sectioned && !answer.file;

/** Renumbers `answerSet`'s answers in place as lettered series when its headings name them; whether it did. */
export function numberSeriesByHeadings(answerSet: AnswerSet): boolean {
  const { answers } = answerSet;
  if (answers.length < 2 || !answers.every(isBare) || answers[0]!.number !== 1) return false;
  // A number written twice in a row (`6.` for 6 and 7) is a slip the checks report, not a new series.
  const starts = answers.flatMap((answer, i) => (i === 0 || answer.number < answers[i - 1]!.number || answer.number === 1 ? [i] : []));
  if (starts.length < 2 || starts.some((start) => answers[start]!.number !== 1)) return false;
  const letters = starts.map((start) =>
    seriesLetter(lastHeading(start === 0 ? answerSet.preamble?.children : answers[start - 1]!.body.children)),
  );
  if (letters.some((letter) => letter === undefined) || new Set(letters).size < letters.length) return false;
  starts.forEach((start, run) => {
    const end = starts[run + 1] ?? answers.length;
    // The book's own exercises keep their plain numbers; another series takes its letter.
    if (letters[run]) for (const answer of answers.slice(start, end)) answer.number = seriesKey(letters[run]!, answer.number);
  });
  return true;
}

/**
 * A file that numbers each section's exercises from 1 under a heading of its own (`#### EXERCISES ####` after
 * each part of a chapter, the print edition's layout) numbers the chapter's exercises: each run goes on from
 * the one before it (1–5, then 6–11), and the guide's wording or the answers' content place them. Renumbers in
 * place when every restart comes right after a heading and starts at 1; whether it did.
 */
export function continueRunsUnderHeadings(answerSet: AnswerSet): boolean {
  const { answers } = answerSet;
  if (answers.length < 4 || !answers.every(isBare)) return false;
  const starts = answers.flatMap((answer, i) => (i > 0 && answer.number <= answers[i - 1]!.number ? [i] : []));
  if (starts.length === 0) return false;
  const underHeading = (start: number) => answers[start - 1]!.body.children.at(-1)?.type === 'heading';
  if (starts.some((start) => answers[start]!.number !== 1 || !underHeading(start))) return false;
  let offset = 0;
  answers.forEach((answer, i) => {
    if (starts.includes(i)) offset = answers[i - 1]!.number;
    answer.number += offset;
  });
  return true;
}
