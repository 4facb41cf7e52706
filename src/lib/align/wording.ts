/**
 * Checks of a source's questions against the wording the other sources give:
 * a numbered question that words another number's question, and a file
 * whose questions match none of the guide's (another chapter's answers).
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { plainText } from '../read/markdown.ts';
import type { Answer, Source } from '../model/model.ts';
import { promptPool, SAME_QUESTION, type PromptIndex } from '../parse/prompt-index.ts';
import { stems } from '../read/similarity.ts';
import { CJK_LETTERS } from '../read/scripts.ts';
import { answerId as idOf } from '../model/question-id.ts';

/** How much better another question must match before a number is called into doubt. */
const CLEAR_MARGIN = 0.2;
/** Below this, a wording shares too little with any question to be one of them. */
const UNRELATED = 0.25;

/** A source's prompts, by question number. */
export function promptsOf(source: Source): Map<number, string[]> {
  const prompts = new Map<number, string[]>();
  for (const { number, prompt } of source.answerSet.answers) if (prompt) prompts.set(number, [...(prompts.get(number) ?? []), prompt]);
  return prompts;
}

const quote = (text: string) => {
  const plain = plainText(text).replace(/\s+/g, ' ');
  return `“${plain.length > 60 ? `${plain.slice(0, 59)}…` : plain}”`;
};

/** Letters of scripts that other languages' wordings never share: what is left to compare across languages is names and code. */
const OWN_SCRIPT = new RegExp(`[${CJK_LETTERS}]+`, 'gu');

/** The wordings one source is compared with, and how its own are read for that. */
interface Peers {
  index: PromptIndex;
  words: (text: string) => string;
}

/**
 * Each source's index of the other sources' wordings, of those written in its language: two wordings of one question
 * in Chinese and English share no word. A source alone in its language is compared with all the others by the words
 * scripts share (`TensorFlow`, `tf.data`), as before any Chinese was read.
 */
function peersByLanguage(sources: readonly Source[]): (source: number) => Peers {
  const language = (source: Source) => source.lang.split('-')[0]!.toLowerCase();
  const groups = new Map<string, number[]>();
  for (const [i, source] of sources.entries())
    if (source.answerSet.answers.some((answer) => answer.prompt))
      groups.set(language(source), [...(groups.get(language(source)) ?? []), i]);
  const pools = new Map([...groups].map(([lang, members]) => [lang, promptPool(members.map((i) => promptsOf(sources[i]!)))]));
  const shared = (text: string) => text.replace(OWN_SCRIPT, ' ');
  // Built only where a source is alone in its language.
  let mixed: ReturnType<typeof promptPool> | undefined;
  const mixedPool = () =>
    (mixed ??= promptPool(sources.map((source) => new Map([...promptsOf(source)].map(([n, texts]) => [n, texts.map(shared)])))));
  return (i) => {
    const members = groups.get(language(sources[i]!)) ?? [];
    return members.length >= 2
      ? { index: pools.get(language(sources[i]!))!.without(members.indexOf(i)), words: (text) => text }
      : { index: mixedPool().without(i), words: shared };
  };
}

/** How far from its own number an answer moves into a place its source left empty. */
const NEAR = 2;

/** An answer whose own wording is clearly another number's question. */
interface Mismatch {
  source: Source;
  answer: Answer & { prompt: string };
  /** The question its wording is. */
  number: number;
  /** How closely its wording is that question's. */
  score: number;
}

/** Every answer whose wording is clearly another question's, against the other sources' wordings. */
function mismatches(sources: readonly Source[]): Mismatch[] {
  const found: Mismatch[] = [];
  const others = peersByLanguage(sources);
  for (const [i, source] of sources.entries()) {
    const { index, words } = others(i);
    if (index.numbers.length < 3) continue;
    for (const answer of source.answerSet.answers) {
      if (!answer.prompt) continue;
      const ranked = index.match(words(answer.prompt));
      const best = ranked[0];
      if (!best || best.number === answer.number || best.score < SAME_QUESTION) continue;
      const own = ranked.find((match) => match.number === answer.number)?.score ?? 0;
      if (own >= SAME_QUESTION || best.score - own < CLEAR_MARGIN) continue;
      found.push({ source, answer: answer as Answer & { prompt: string }, number: best.number, score: best.score });
    }
  }
  return found;
}

/**
 * Places an answer whose wording is clearly another question's under that question, where the
 * source has no other answer there and the number is near (a question numbered one too low after a skipped one) or
 * where the answer there reads as this one's number (two files named the other way round).
 * Returns a warning for each, naming the fix; changes the answers in place.
 */
export function placeByWording(sources: readonly Source[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const found = mismatches(sources);
  // Of answers whose wording is the same question's, only the closest moves there: a source holds one answer a question.
  const closest = new Map<string, Mismatch>();
  const slot = (m: Mismatch) => `${m.source.id}\0${m.number}`;
  for (const m of found) if (!closest.has(slot(m)) || m.score > closest.get(slot(m))!.score) closest.set(slot(m), m);
  const moves = found.filter((m) => {
    if (closest.get(slot(m)) !== m) return false;
    const there = m.source.answerSet.answers.filter((other) => other.number === m.number);
    // An empty place takes an answer numbered next to it (one too low or too high), not one from across the chapter,
    // whose wording may merely open as that question's does (`Consider the following SQL query …`).
    return (
      (there.length === 0 && Math.abs(m.number - m.answer.number) <= NEAR) ||
      (there.length === 1 && found.some((other) => other.answer === there[0] && other.number === m.answer.number))
    );
  });
  // Decided before any number changes, so a swap reads both answers as they were written.
  for (const { source, answer, number } of moves) {
    diagnostics.push(
      diagnostic(
        answer.file ?? source.file,
        answer.position.start.line,
        1,
        'mismatched-question',
        `This answer is numbered ${idOf(answer)}, but its question ${quote(answer.prompt)} is question ${idOf(answer, number)}'s, so it is shown as question ${idOf(answer, number)}; ${answer.file ? 'rename the file' : 'renumber it'} to silence this warning`,
      ),
    );
  }
  for (const { answer, number } of moves) {
    answer.written ??= idOf(answer);
    answer.number = number;
  }
  for (const source of new Set(moves.map((move) => move.source))) source.answerSet.answers.sort((a, b) => a.number - b.number);
  return diagnostics;
}

/** Warnings for questions that read as another number's, and for sources of another chapter. */
export function wordingDiagnostics(sources: readonly Source[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Each source is checked against the others' prompts in its language: one pool a language, less the source's own.
  const others = peersByLanguage(sources);
  for (const [i, source] of sources.entries()) {
    const asked = source.answerSet.answers.filter((answer): answer is Answer & { prompt: string } => Boolean(answer.prompt));
    if (asked.length === 0) continue;
    const { index, words } = others(i);
    if (index.numbers.length === 0) continue;
    const matches = asked.map((answer) => ({ answer, ranked: index.match(words(answer.prompt)) }));
    // Only wordings with a few content words can show that a file belongs elsewhere.
    const telling = matches.filter(({ answer }) => stems(words(answer.prompt)).size >= 3);
    const related = telling.filter(({ ranked }) => (ranked[0]?.score ?? 0) >= UNRELATED);
    if (telling.length >= 3 && index.numbers.length >= 3 && related.length * 4 < telling.length) {
      const first = asked[0]!;
      diagnostics.push(
        diagnostic(
          first.file ?? source.file,
          first.position.start.line,
          1,
          'other-chapter',
          `None of this source's ${asked.length} questions matches the guide's questions (its question ${idOf(first)} is ${quote(first.prompt)}); if it answers another chapter, move it to that chapter's guide, else check its numbering`,
        ),
      );
      continue;
    }
    for (const { answer, ranked } of matches) {
      const best = ranked[0];
      if (!best || best.number === answer.number || best.score < SAME_QUESTION) continue;
      const own = ranked.find((match) => match.number === answer.number)?.score ?? 0;
      // A wording that still reads as its own question (a shorter form of it, say) is not in doubt.
      if (own >= SAME_QUESTION || best.score - own < CLEAR_MARGIN) continue;
      diagnostics.push(
        diagnostic(
          answer.file ?? source.file,
          answer.position.start.line,
          1,
          'mismatched-question',
          `This answer is numbered ${idOf(answer)}, but its question ${quote(answer.prompt)} is question ${idOf(answer, best.number)}'s; if it answers question ${idOf(answer, best.number)}, ${answer.file ? 'rename the file' : 'renumber it'}, else write question ${idOf(answer)}'s own question above it`,
        ),
      );
    }
  }
  return diagnostics;
}

/**
 * How well a source's wordings of its questions fit a guide's questions (`index`): the share of the
 * wordings with three content words or more that read as one of them. Undefined for fewer than three
 * such wordings, too few to tell which guide, or which book chapter, a file answers.
 */
export function wordingFit(prompts: readonly string[], index: PromptIndex): number | undefined {
  const telling = prompts.filter((prompt) => stems(prompt).size >= 3);
  if (telling.length < 3 || index.numbers.length < 3) return undefined;
  return telling.filter((prompt) => (index.match(prompt)[0]?.score ?? 0) >= SAME_QUESTION).length / telling.length;
}
