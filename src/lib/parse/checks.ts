/**
 * Checks every parser's answers the same way: numbering (duplicates, order,
 * gaps, every item numbered `1.`), empty answers and unclosed code fences.
 */
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Answer, ReadSettings } from '../model/model.ts';
import { ANSWER_LABEL, matchMarker } from './markers.ts';
import { answerId as idOf, isLettered, numberRanges, SECTION, SERIES, SUBSECTION } from '../model/question-id.ts';
import { toString } from 'mdast-util-to-string';
import { parseInline } from '../read/markdown.ts';

export interface CheckInput {
  /** The source's file, for answers that do not name their own. */
  file: string;
  answers: Answer[];
  /** The lines of the file an answer came from; undefined where lines do not apply (notebooks). */
  linesOf: (answer: Answer) => readonly string[] | undefined;
  /** `restart:` and `ignore:` from `sources.yaml`. */
  settings?: ReadSettings;
}

/** Runs every check; may renumber `answers` in place when all share one number. */
export function checkAnswers({ file, answers, linesOf, settings = {} }: CheckInput): Diagnostic[] {
  const at = (answer: Answer) => answer.file ?? file;
  if (settings.ignore?.length) mergeIgnored(answers, new Set(settings.ignore));
  if (settings.restart) continueRestarts(answers);
  return [
    ...renumberLazyNumbering(answers, at),
    ...mergeRepeats(answers, at),
    ...numberingDiagnostics(answers, at),
    ...emptyAnswers(answers, at),
    ...answers.flatMap((answer) => unclosedFences(answer, at(answer), linesOf(answer))),
  ];
}

/** Markdown lets every item be written `1.`; read such a list in order, and say so. */
function renumberLazyNumbering(answers: Answer[], fileOf: (a: Answer) => string): Diagnostic[] {
  const first = answers[0];
  if (!first || answers.length < 3 || answers.some((answer) => answer.number !== first.number)) return [];
  answers.forEach((answer, index) => (answer.number = first.number + index));
  const second = answers[1]!;
  return [
    diagnostic(
      fileOf(second),
      second.position.start.line,
      1,
      'renumbered',
      `Every question here is numbered ${idOf(first)}, so they are read in order as questions ${idOf(first)} to ${idOf(answers.at(-1)!)}; write each question’s own number to silence this warning`,
    ),
  ];
}

/** `ignore:` numbers are not questions: each such answer, its own words kept, joins the answer above it. */
function mergeIgnored(answers: Answer[], ignore: ReadonlySet<number>): void {
  for (let i = 1; i < answers.length; i++) {
    const answer = answers[i]!;
    if (!ignore.has(answer.number)) continue;
    appendTo(answers[i - 1]!, answer);
    answers.splice(i--, 1);
  }
}

/** `restart:` a run numbered from 1 again after higher numbers continues the count where the run before it ended. */
function continueRestarts(answers: Answer[]): void {
  let offset = 0;
  let lastWritten = Number.NEGATIVE_INFINITY;
  let lastRead = 0;
  for (const answer of answers) {
    if (answer.number < lastWritten) offset = lastRead;
    lastWritten = answer.number;
    answer.number += offset;
    lastRead = answer.number;
  }
}

/** Adds an answer, its own question and title kept as its opening paragraph, to the end of another. */
function appendTo(before: Answer, answer: Answer): void {
  const opening = [answer.title, answer.prompt].filter(Boolean).join(' ');
  before.body.children.push(...(opening ? [{ type: 'paragraph' as const, children: parseInline(opening) }] : []), ...answer.body.children);
  if (answer.position.end.line >= before.position.end.line) before.position = { ...before.position, end: answer.position.end };
}

/**
 * A number seen before in the same file is content of the answer before it (a list or a sub-part inside that
 * answer), not a second answer to that question: it is merged into the answer before it, its own question
 * text kept as the paragraph that opens it, so every line stays on the page. Changes `answers` in place.
 */
function mergeRepeats(answers: Answer[], fileOf: (a: Answer) => string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, Answer>();
  // Files whose every repeated number follows itself (`6.`, `6.`): slips of the pen, not a list of questions answered again.
  const slipping = new Set<string>();
  const repeating = new Set<string>();
  const met = new Set<string>();
  answers.forEach((answer, i) => {
    const key = `${fileOf(answer)}\0${answer.number}`;
    if (met.has(key)) (answers[i - 1]?.number === answer.number ? slipping : repeating).add(fileOf(answer));
    met.add(key);
  });
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i]!;
    const key = `${fileOf(answer)}\0${answer.number}`;
    const first = seen.get(key);
    const before = answers[i - 1];
    if (!first || !before || fileOf(before) !== fileOf(answer)) {
      if (!first) seen.set(key, answer);
      continue;
    }
    // A number written twice in a row where the next one is missing (`6.`, `6.`, `8.`) is a slip for that next one.
    const next = answers[i + 1];
    const missing = !answers.some((other) => other.number === answer.number + 1 && fileOf(other) === fileOf(answer));
    // The numbering must go on past the slip: the number after the missing one, or another series' first.
    const skips =
      next !== undefined &&
      fileOf(next) === fileOf(answer) &&
      (next.number === answer.number + 2 || Math.floor(next.number / SERIES) !== Math.floor(answer.number / SERIES));
    if (before === first && missing && skips && slipping.has(fileOf(answer)) && !repeating.has(fileOf(answer))) {
      answer.number += 1;
      seen.set(`${fileOf(answer)}\0${answer.number}`, answer);
      diagnostics.push(
        diagnostic(
          fileOf(answer),
          answer.position.start.line,
          1,
          'numbering-slip',
          `Question ${idOf(before)} is numbered twice in a row and question ${idOf(answer)} has no answer, so the second is read as question ${idOf(answer)}; fix its number if that is wrong`,
        ),
      );
      continue;
    }
    appendTo(before, answer);
    answers.splice(i--, 1);
    diagnostics.push(
      diagnostic(
        fileOf(answer),
        answer.position.start.line,
        1,
        'duplicate-question',
        `Question ${idOf(answer)} appears twice (first on line ${first.position.start.line}), so the second is shown as part of the answer to question ${idOf(before)} above it; renumber it if it answers another question, or, if the numbering starts again for a new section, set \`restart: true\` for this source in content/sources.yaml`,
      ),
    );
  }
  return diagnostics;
}

function numberingDiagnostics(answers: readonly Answer[], fileOf: (a: Answer) => string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<number, Answer>();
  const numbers = new Set(answers.map((a) => a.number));
  let highest: Answer | undefined;
  for (const answer of answers) {
    const line = answer.position.start.line;
    const first = seen.get(answer.number);
    if (first !== undefined) {
      const where = fileOf(first) === fileOf(answer) ? `line ${first.position.start.line}` : `\`${fileOf(first).split('/').pop()}\``;
      diagnostics.push(
        diagnostic(
          fileOf(answer),
          line,
          1,
          'duplicate-question',
          `Question ${idOf(answer)} appears twice (first on ${where}); renumber this answer or merge it into the first`,
        ),
      );
      continue;
    }
    seen.set(answer.number, answer);
    // A folder's files each keep their own order: its problems file may come before its review questions file.
    if (highest && answer.number < highest.number && fileOf(highest) !== fileOf(answer)) {
      highest = answer;
      continue;
    }
    if (highest && answer.number < highest.number) {
      diagnostics.push(
        diagnostic(
          fileOf(answer),
          line,
          1,
          'out-of-order',
          `Question ${idOf(answer)} comes after question ${idOf(highest)} (line ${highest.position.start.line}); it is shown in question order, so check that its number is right`,
        ),
      );
      continue;
    }
    // Numbers skipped here but answered further down are reported as out of order instead; a new section
    // (2.1-4, then 2.2-1) or the chapter's problems after its sections skip nothing.
    // So does the start of a lettered series (R12, then P1).
    const runOf = (n: number) =>
      n >= SUBSECTION ? Math.floor(n / SECTION) : isLettered(n) ? -Math.floor(n / SERIES) : answer.sectioned ? Math.floor(n / SECTION) : 0;
    const sameRun = runOf(highest?.number ?? 0) === runOf(answer.number);
    const skipped = highest && sameRun ? range(highest.number + 1, answer.number - 1).filter((n) => !numbers.has(n)) : [];
    if (highest && skipped.length) {
      const ids = skipped.map((n) => idOf(answer, n));
      const missing =
        skipped.length === 1
          ? `question ${ids[0]} has no answer here`
          : `questions ${numberRanges(skipped, (n) => idOf(answer, n))} have no answer here`;
      diagnostics.push(
        diagnostic(
          fileOf(answer),
          line,
          1,
          'numbering-gap',
          `Numbering jumps from ${idOf(highest)} to ${idOf(answer)}: ${missing}; if this answer is question ${ids[0]}, renumber it`,
        ),
      );
    }
    highest = answer;
  }
  return diagnostics;
}

/** The integers from `from` to `to`, inclusive. */
function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Whether an answer says nothing: no blocks, or only an answer label (`Answer:`, `**Solution:**`) with nothing after it. */
function saysNothing(answer: Answer): boolean {
  return answer.body.children.every((node) => {
    const text = toString(node).trim();
    return node.type === 'paragraph' && ANSWER_LABEL.test(text) && text.replace(ANSWER_LABEL, '') === '';
  });
}

/** Answers that say nothing are marked empty (a label alone stays shown), and warned about. */
function emptyAnswers(answers: readonly Answer[], fileOf: (a: Answer) => string): Diagnostic[] {
  for (const answer of answers) if (answer.body.children.length > 0 && saysNothing(answer)) answer.empty = true;
  return answers
    .filter((answer) => answer.body.children.length === 0 || answer.empty)
    .map((answer) =>
      diagnostic(
        fileOf(answer),
        answer.position.start.line,
        1,
        'empty-answer',
        `Question ${idOf(answer)} has no answer text; write the answer below it, or remove the question if this source skips it`,
      ),
    );
}

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
/** A line that would have started a question, had it not been inside code. */
const HIDDEN_QUESTION = /^(?:\d{1,4}[.)](?:[ \t]|$)|#{1,6}[ \t]+\S)/;

/** Fenced code whose closing fence is missing runs to the end of its container. */
function unclosedFences(answer: Answer, file: string, lines: readonly string[] | undefined): Diagnostic[] {
  if (!lines) return [];
  const diagnostics: Diagnostic[] = [];
  visit(answer.body, 'code', (node: Code) => {
    if (!node.position || node.data?.cell) return;
    const { start, end } = node.position;
    const fence = FENCE.exec(lines[start.line - 1] ?? '')?.[1];
    if (!fence) return;
    const closing = new RegExp(`^[ \\t>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    if (end.line > start.line && closing.test(lines[end.line - 1] ?? '')) return;
    const hidden = node.value.split('\n').filter((line) => HIDDEN_QUESTION.test(line) && matchMarker(line.replace(/^#+[ \t]+/, '')));
    if (hidden.length) {
      diagnostics.push(
        diagnostic(
          file,
          start.line,
          start.column,
          'code-fence-hides-questions',
          `This code fence is never closed, so everything after it, including ${hidden.length === 1 ? 'the question' : `${hidden.length} questions`} starting \`${hidden[0]!.trim().slice(0, 40)}\`, is read as code; add a line with ${fence} where the code ends`,
        ),
      );
    } else {
      diagnostics.push(
        diagnostic(
          file,
          start.line,
          start.column,
          'unclosed-code-fence',
          `This code fence is never closed, so the code runs to the end of the answer; add a line with ${fence} where the code ends`,
        ),
      );
    }
  });
  return diagnostics;
}
