/**
 * Places a source's answers by what they say when its numbers are not the
 * book's: a learner who worked from a draft with other exercise numbers, or
 * who numbered on after skipping a question. Each answer that does not word
 * its question is compared with every question's answers in the other
 * sources (TF-IDF over the questions, so words every answer uses count for
 * little); when most of a source's answers read clearly as other questions',
 * the source is renumbered by the best one-to-one match. A source whose
 * numbers mostly fit is never touched: answers differ too much from learner
 * to learner for one stray answer to be moved on its words alone.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Answer, Source } from '../model/model.ts';
import { answerId as idOf } from '../model/question-id.ts';
import { plainText } from '../read/markdown.ts';
import { toString } from 'mdast-util-to-string';
import { cosine, normOf, stems, stemSequence, type Bag } from '../read/similarity.ts';
import { munkres } from 'munkres';
import { promptPool, SAME_QUESTION } from '../parse/prompt-index.ts';
import { promptsOf } from './wording.ts';

/** How much better another question's answers must match an answer than its own number's. */
const MARGIN = 0.05;
/** Below this, an answer shares too little with any question's answers to say where it belongs. */
const TELLING = 0.15;
/** The share of a source's answers that must read as other questions' before its numbering is doubted. */
const MOSTLY = 0.5;
/** Fewer answers than this say too little about a numbering. */
const FEWEST = 4;

/** The words of an answer: its question's, if it words one, and its body's. */
function bagOf(answer: Answer): Bag {
  const bag: Bag = new Map();
  const add = (text: string) => {
    for (const [stem, count] of stems(text)) bag.set(stem, (bag.get(stem) ?? 0) + count);
  };
  if (answer.prompt) add(plainText(answer.prompt));
  // The body's plain text, as the compare stage reads it (`closeness.ts`), so its words are stemmed once.
  for (const stem of stemSequence(toString(answer.body))) bag.set(stem, (bag.get(stem) ?? 0) + 1);
  return bag;
}

/** For each source, its answers renumbered by content where its numbering reads as another's; warns for each source so renumbered. */
export function placeByContent(sources: readonly Source[]): Diagnostic[] {
  if (sources.length < 2) return [];
  // Stemming every answer costs as much as the rest of the stage: bags are made only for a source in doubt.
  const bags = new Map<Answer, Bag>();
  const bag = (answer: Answer): Bag => bags.get(answer) ?? bags.set(answer, bagOf(answer)).get(answer)!;
  const pool = promptPool(sources.map(promptsOf));
  const diagnostics: Diagnostic[] = [];
  const moves: Array<[Answer, number]> = [];
  const renumbered: Source[] = [];
  let all: ReturnType<typeof allProfiles> | undefined;
  for (const [i, source] of sources.entries()) {
    // An answer whose wording is its number's question, as the others word it, stays where it is.
    const index = pool.without(i);
    const anchored = (answer: Answer) =>
      Boolean(answer.prompt) && (index.match(answer.prompt!).find((match) => match.number === answer.number)?.score ?? 0) >= SAME_QUESTION;
    const enough = (some: readonly Answer[]) => some.length >= FEWEST && some.length >= source.answerSet.answers.length * MOSTLY;
    const unanchored = source.answerSet.answers.filter((answer) => !answer.file && !anchored(answer));
    if (!enough(unanchored)) continue;
    const answers = unanchored.filter((answer) => bag(answer).size > 0);
    if (!enough(answers)) continue;
    // Each question's answers in the other sources, as one bag: every source's, less this one's.
    all ??= allProfiles(sources, bag);
    const profiles = new Map(all.profiles);
    const spread = new Map(all.spread);
    const contributors = new Map(all.contributors);
    for (const answer of source.answerSet.answers) {
      const shared = profiles.get(answer.number);
      if (!shared) continue;
      const profile = new Map(shared);
      for (const [stem, count] of bag(answer)) {
        const left = (profile.get(stem) ?? 0) - count;
        if (left > 0) profile.set(stem, left);
        else if (profile.delete(stem)) spread.set(stem, spread.get(stem)! - 1);
      }
      const others = contributors.get(answer.number)! - 1;
      contributors.set(answer.number, others);
      if (others > 0) profiles.set(answer.number, profile);
      else {
        for (const stem of profile.keys()) spread.set(stem, spread.get(stem)! - 1);
        profiles.delete(answer.number);
      }
    }
    if (profiles.size < FEWEST) continue;
    const weights = new Map<string, number>();
    const weight = (stem: string) => {
      let w = weights.get(stem);
      if (w === undefined) weights.set(stem, (w = Math.log((profiles.size + 1) / ((spread.get(stem) ?? 0) + 0.5))));
      return w;
    };
    const questions = [...profiles.keys()];
    const norms = new Map(questions.map((number) => [number, normOf(profiles.get(number)!, weight)]));
    const scores = answers.map((answer) =>
      questions.map((number) => cosine(bag(answer), profiles.get(number)!, weight, norms.get(number)!)),
    );
    const own = (a: number) => {
      const at = questions.indexOf(answers[a]!.number);
      return at === -1 ? 0 : scores[a]![at]!;
    };
    // Answers that read clearly as another question's. An id the book prints (`Exercise 3.1.2`) that no other source
    // answers says nothing against itself; a bare number no other source answers may be in another scheme.
    const astray = answers.filter((answer, a) => {
      if (!profiles.has(answer.number) && (answer.chapter !== undefined || answer.sectioned)) return false;
      const best = Math.max(...scores[a]!);
      return best >= TELLING && best - own(a) >= MARGIN;
    });
    if (astray.length < FEWEST || astray.length < answers.length * MOSTLY) continue;
    // The best one-to-one match of answers to the questions no other answer of the source holds; a tie keeps the number.
    const held = new Set(source.answerSet.answers.filter((answer) => !answers.includes(answer)).map((answer) => answer.number));
    const columns = [...new Set([...questions, ...answers.map((answer) => answer.number)])].filter((number) => !held.has(number));
    const cost = answers.map((answer, a) =>
      columns.map((number) => {
        const q = questions.indexOf(number);
        return -((q === -1 ? 0 : scores[a]![q]!) + (number === answer.number ? MARGIN / 2 : 0));
      }),
    );
    const assigned = new Map<number, number>(munkres(cost).map(([a, column]) => [a, columns[column]!]));
    // One to one over the numbers no other answer holds, so an answer moves only into a number left free.
    const moved = [...assigned].filter(([a, number]) => number !== answers[a]!.number);
    for (const [a, number] of moved) moves.push([answers[a]!, number]);
    if (moved.length === 0) continue;
    renumbered.push(source);
    const first = answers[0]!;
    diagnostics.push(
      diagnostic(
        source.file,
        first.position.start.line,
        1,
        'renumbered-by-content',
        `Most of this source's answers read as other questions' answers (its ${idOf(astray[0]!)} reads as the others' ${idOf(astray[0]!, assigned.get(answers.indexOf(astray[0]!)) ?? astray[0]!.number)}), as when a learner worked from another edition's numbering, so ${moved.length} of its answers are shown under the questions they answer; write the book's numbers, or its questions above the answers, to silence this warning`,
      ),
    );
  }
  // Decided before any number changes, so every source is compared with the others as they were written.
  for (const [answer, number] of moves) {
    answer.written ??= idOf(answer);
    answer.number = number;
  }
  for (const source of renumbered) source.answerSet.answers.sort((a, b) => a.number - b.number);
  return diagnostics;
}

/** Every source's answers to each question as one bag, how many answers each holds, and in how many bags each word is. */
function allProfiles(sources: readonly Source[], bag: (answer: Answer) => Bag) {
  const profiles = new Map<number, Bag>();
  const contributors = new Map<number, number>();
  for (const source of sources)
    for (const answer of source.answerSet.answers) {
      const profile = profiles.get(answer.number) ?? new Map<string, number>();
      for (const [stem, count] of bag(answer)) profile.set(stem, (profile.get(stem) ?? 0) + count);
      profiles.set(answer.number, profile);
      contributors.set(answer.number, (contributors.get(answer.number) ?? 0) + 1);
    }
  const spread = new Map<string, number>();
  for (const profile of profiles.values()) for (const stem of profile.keys()) spread.set(stem, (spread.get(stem) ?? 0) + 1);
  return { profiles, contributors, spread };
}
