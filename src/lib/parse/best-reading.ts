/**
 * The reading that best explains a file. A layout reads a file by the first
 * signal it trusts (its numbers); when the guide's questions are known, the
 * file's wording is a second reading: each paragraph, heading or list item
 * that words one of the guide's questions opens that question's answer. The
 * numbers win unless the wording explains clearly more of the file, as when
 * a file writes its questions without numbers and numbers only lists inside
 * its answers.
 */
import type { Answer } from '../model/model.ts';
import { isLettered, SECTION, SERIES } from '../model/question-id.ts';
import { plainText } from '../read/markdown.ts';
import { SAME_QUESTION, type PromptIndex } from './prompt-index.ts';

/**
 * How well numbered answers fit the guide's questions: one point per answer
 * whose number is a known question (or an id the book prints) and whose own wording, if any, is that
 * question's; one point off per answer whose wording is another number's.
 */
export function numberedFit(answers: readonly Answer[], prompts: PromptIndex): number {
  // Where the guide's questions are lettered (R1, P3), a bare `1.` is the first series this file does not
  // print itself, as the guide will read it (`letteredBareNumbers`): R1 beside the file's own P3.
  const own = new Set(answers.filter((answer) => isLettered(answer.number)).map((answer) => Math.floor(answer.number / SERIES)));
  const series = new Set(prompts.numbers.filter(isLettered).map((n) => Math.floor(n / SERIES)));
  const bareSeries = [...series].sort((a, b) => a - b).find((rank) => !own.has(rank));
  // And where the file prints the series (R1) and the guide knows the questions by bare numbers (a source that
  // writes `1.` for R1), those are the first series the guide's own lettered questions leave out.
  const bareQuestions = [...own].sort((a, b) => a - b).find((rank) => !series.has(rank));
  const bare = (number: number) => number < SECTION;
  const questionKey = (number: number) => (bareQuestions !== undefined && bare(number) ? bareQuestions * SERIES + number : number);
  const known = new Set(prompts.numbers.map(questionKey));
  const keyOf = (answer: Answer) =>
    bareSeries !== undefined && bare(answer.number) && answer.chapter === undefined && !answer.sectioned && !known.has(answer.number)
      ? bareSeries * SERIES + answer.number
      : answer.number;
  let fit = 0;
  for (const answer of answers) {
    const number = keyOf(answer);
    // An id the book prints (`R-1.8`, `3.4`) that no other source words is a question of its own, as good as a known one,
    // unless its wording is another question's; a bare number the guide does not know says nothing.
    const printed = answer.chapter !== undefined || answer.sectioned === true || isLettered(answer.number);
    if (!known.has(number) && !printed) continue;
    const [best] = answer.prompt ? prompts.match(plainText(answer.prompt)) : [];
    fit += best && best.score >= SAME_QUESTION && questionKey(best.number) !== number ? -1 : 1;
  }
  return fit;
}

/** Whether answers placed by their wording explain the file clearly better than its numbers do. */
export function wordingExplainsBetter(byWording: number, numbered: readonly Answer[], prompts: PromptIndex): boolean {
  const fit = numberedFit(numbered, prompts);
  return byWording >= fit + Math.max(2, Math.ceil(fit / 4));
}
