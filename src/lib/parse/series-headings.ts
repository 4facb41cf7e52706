/**
 * Books that print lettered series (review questions R1 …, problems P1 …; easy E1 …, medium M1 …) are
 * often answered with plain numbers under a heading per series: `## Review Questions` 1, 2, 3 …, then
 * `## Problems` 1, 2 …. Where a file's numbering starts again at 1 under each of two or more headings
 * whose first words begin with different letters, those letters are the series: the answers are R1 …, P1 ….
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

/** The series letter a heading names: the initial of its first word (`Review Questions` → R), if it may be one. */
function seriesLetter(heading: Heading | undefined): string | undefined {
  const word = heading && /\p{L}+/u.exec(toString(heading))?.[0];
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
  const starts = answers.flatMap((answer, i) => (i === 0 || answer.number <= answers[i - 1]!.number ? [i] : []));
  if (starts.length < 2 || starts.some((start) => answers[start]!.number !== 1)) return false;
  const letters = starts.map((start) =>
    seriesLetter(lastHeading(start === 0 ? answerSet.preamble?.children : answers[start - 1]!.body.children)),
  );
  if (letters.some((letter) => !letter) || new Set(letters).size < letters.length) return false;
  starts.forEach((start, run) => {
    const end = starts[run + 1] ?? answers.length;
    for (const answer of answers.slice(start, end)) answer.number = seriesKey(letters[run]!, answer.number);
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
