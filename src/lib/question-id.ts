/**
 * A question's id as the book prints it. Books that number exercises 1, 2, 3
 * print `12`; books that number them within chapters print `3.4` (Exercise 3.4).
 * The guide keys a question by its exercise number within the chapter and
 * prints it with the chapter most sources print, so a source that writes
 * `Exercise 3.4`, one that writes `3-4` and one that writes a bare `4` all
 * answer question 3.4.
 */
import type { Answer } from './model.ts';

/** The id the book prints: `12`, or `3.4` in a guide whose sources print chapter 3. */
export function printedId(number: number, chapter?: number): string {
  return chapter === undefined ? String(number) : `${chapter}.${number}`;
}

/**
 * The id in a page's path: `04` for question 4 (two digits, as before ids had
 * chapters, so those URLs stay), `3-4` for 3.4.
 */
export function idSlug(number: number, chapter?: number): string {
  return chapter === undefined ? String(number).padStart(2, '0') : `${chapter}-${number}`;
}

/**
 * The chapter the guide prints: the one most sources print before their
 * exercise numbers. A source counts once, for the chapter most of its answers
 * print; one that prints none does not count, as its bare `4` is any chapter's
 * exercise 4. `guide.yaml` may pin it (`chapter:`).
 */
export function guideChapter(answerSets: readonly (readonly Answer[])[]): number | undefined {
  const votes = new Map<number, number>();
  for (const answers of answerSets) {
    const chapter = mostCommon(answers.flatMap((answer) => (answer.chapter === undefined ? [] : [answer.chapter])));
    if (chapter !== undefined) votes.set(chapter, (votes.get(chapter) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
