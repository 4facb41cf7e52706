/**
 * The nothing-lost check: every non-blank line of every source must show
 * its words, in order, on the pages that show it. What a line shows comes
 * from its whole document rendered in context (`shown-lines.ts`), so the
 * check fails only when a parser really dropped text.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { words } from '../read/markdown.ts';
import { isNumberWord } from '../read/number-words.ts';
import type { Guide } from '../model/model.ts';
import { looksLikeNotebook, notebookLines, readNotebook } from '../read/notebook-read.ts';
import type { Line } from '../read/source-file.ts';
import { isBlank, splitLines } from '../read/source-file.ts';
import { shownLines, type ShownLine } from './shown-lines.ts';

/** What the check reads of a guide: which lines of which file answer which question. */
export interface VisibleGuide {
  sources: ReadonlyArray<
    Pick<Guide['sources'][number], 'id' | 'file' | 'files'> & {
      answerSet: { answers: ReadonlyArray<Pick<Guide['sources'][number]['answerSet']['answers'][number], 'number' | 'file' | 'position'>> };
    }
  >;
  /** `page`: the maintainer's own page, which may leave answers out (they stay on their source pages). */
  questions: ReadonlyArray<Pick<Guide['questions'][number], 'number' | 'slug'> & { page?: { shows: readonly string[] } | undefined }>;
}

/** Only what the check reads, small enough to hand to a worker. */
export function visibleGuide(guide: VisibleGuide): VisibleGuide {
  return {
    sources: guide.sources.map(({ id, file, files, answerSet }) => ({
      id,
      file,
      files,
      answerSet: {
        answers: answerSet.answers.map(({ number, file: part, position }) => ({ number, position, ...(part ? { file: part } : {}) })),
      },
    })),
    questions: guide.questions.map(({ number, slug, page }) => ({ number, slug, ...(page ? { page: { shows: page.shows } } : {}) })),
  };
}

/** `question/<slug>`, or `question/<slug>#<source>` for one source's part of it; `source/<id>`, or `source/<id>#<number>`. */
export const pageKey = ({ kind, slug, part }: { kind: 'question' | 'source'; slug: string; part?: string }) =>
  `${kind}/${slug}${part === undefined ? '' : `#${part}`}`;

export interface VisibleTextInput {
  guide: VisibleGuide;
  /** Text of a source file by its project-relative path, decoded as the parsers read it. */
  readSource: (file: string) => string;
  /** Visible text of the main content of a page, or undefined when the page is missing. */
  pageText: (page: { kind: 'question' | 'source'; slug: string; part?: string }) => string | undefined;
  /** What a file's lines show, when the parser already worked it out (`ReadSource.shown`). */
  shown?: (file: string) => readonly ShownLine[] | undefined;
}

/**
 * Whether the words appear on the page in order, in one run, or in two runs
 * on the line that opens an answer: the page shows the question's title in a
 * heading and the rest of its line in the answer below.
 */
/**
 * Words that number or label a question or an answer (`Question 3:`, `**Q3.**`, `Ex3.1`, `3.4`, `R12`, `A:`, `答：`, `Chapter 1-6`,
 * `題目` and `解法` over a question and its answer, and `Exercise` as learners spell it, `Excercise`, `Exercice`):
 * pages show them as a heading's or a list's number, or leave a label out, so they need not be on the page.
 * The check reads them on its own rather than asking the parser which words it took as a marker.
 */
const LABEL_WORD =
  /^(?:(?:q|question|ex[a-z]{0,2}r[a-z]{0,2}[csz]i[csz]?e|ex|problem|task|chapter|ch)(?:\d{1,4}[a-z]?)?|answer|ans|a|solution|sol|\d{0,2}[a-z]?\d{1,4}[a-z]?|答案?|解答|解法|题目|題目|(?:练习|練習|习题|習題|演習|问题|問題|연습문제|문제)\d{0,4})$/u;
/** At most this many leading words are a label: `Exercise 2 1 3` (2.1-3). */
const MOST_LABEL_WORDS = 4;
/** Emoji and `:shortcodes:` that open a heading: pages show the heading's words without them. */
const DECORATION = /^(?:[ \t]*(?::[a-z0-9_+-]+:|[\p{Extended_Pictographic}\p{So}][\uFE0F\u200D]*))+/u;

/** How many of a line's first words label it. */
function leadingLabels(words: readonly string[]): number {
  let count = 0;
  while (
    count < Math.min(words.length, MOST_LABEL_WORDS) &&
    (LABEL_WORD.test(words[count]!) ||
      // A series' letter before its chapter and number, `R-1.1` (words `r 1 1`).
      (count === 0 && /^[b-pr-z]$/.test(words[0]!) && /^\d/.test(words[1] ?? '')) ||
      (count > 0 && isNumberWord(words[count]!) && /^(?:question|exercise|problem|task)$/.test(words[count - 1]!)))
  )
    count++;
  return count;
}

function appears(words: readonly string[], page: string, opensAnswer: boolean): boolean {
  if (page.includes(` ${words.join(' ')} `)) return true;
  if (!opensAnswer) return false;
  for (let split = 1; split < words.length; split++) {
    if (page.includes(` ${words.slice(0, split).join(' ')} `) && page.includes(` ${words.slice(split).join(' ')} `)) return true;
  }
  return false;
}

/** The lines of a source file that a reader must be able to see: every line, or a notebook's cell and output lines. */
function visibleLines(file: string, text: string): Line[] {
  if (looksLikeNotebook({ id: '', file, text })) {
    const read = readNotebook(file, text);
    return 'diagnostics' in read ? [] : notebookLines(read);
  }
  return splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
}

/** Returns one fatal diagnostic per source line whose words do not appear on its page. */
export function findMissingLines({ guide, readSource, pageText, shown: known = () => undefined }: VisibleTextInput): Diagnostic[] {
  const cache = new Map<string, string | undefined>();
  const haystack = (kind: 'question' | 'source', slug: string, part?: string) => {
    const key = `${kind}/${slug}#${part ?? ''}`;
    if (!cache.has(key)) {
      const text = pageText({ kind, slug, ...(part === undefined ? {} : { part }) });
      // Case aside: a page may show the wording another source capitalises differently (`TF functions`, `TF Functions`).
      cache.set(key, text === undefined ? undefined : ` ${words(text.toLowerCase()).join(' ')} `);
    }
    return cache.get(key);
  };
  const missing: Diagnostic[] = [];
  for (const source of guide.sources) {
    for (const file of source.files) {
      // Every answer a line lies in: one, unless the file puts several on one line (a notebook saved without line breaks).
      const pageOf = new Map<number, Array<{ slug: string; number: number; onQuestionPage: boolean }>>();
      const openers = new Set<number>();
      for (const answer of source.answerSet.answers) {
        if ((answer.file ?? source.file) !== file) continue;
        const { slug, page } = guide.questions.find((q) => q.number === answer.number)!;
        // A maintainer's page may leave the answer out; its source page still shows it.
        const onQuestionPage = !page || page.shows.includes(source.id);
        for (let line = answer.position.start.line; line <= answer.position.end.line; line++)
          pageOf.set(line, [...(pageOf.get(line) ?? []), { slug, number: answer.number, onQuestionPage }]);
        openers.add(answer.position.start.line);
      }
      for (const { text, line, shown: rendered } of known(file) ?? shownLines(file, readSource(file))) {
        if (isBlank(text)) continue;
        const written = words(rendered.replace(DECORATION, ' ').toLowerCase());
        const needle = written.slice(leadingLabels(written));
        if (needle.length === 0) continue;
        const answers = pageOf.get(line) ?? [];
        // Where the line's answer is on each page, read first; the whole page only when the line is not there,
        // so a page of hundreds of answers is not searched for each of its lines.
        const places: Array<Array<['question' | 'source', string, string | undefined]>> = [
          answers.length ? answers.map((answer) => ['source', source.id, String(answer.number)]) : [['source', source.id, undefined]],
        ];
        const shownOn = answers.filter((answer) => answer.onQuestionPage);
        if (shownOn.length) places.push(shownOn.map((answer) => ['question', answer.slug, source.id]));
        for (const candidates of places) {
          const seen = candidates.some(([kind, page, part]) => {
            const near = part === undefined ? undefined : haystack(kind, page, part);
            if (near !== undefined && appears(needle, near, openers.has(line))) return true;
            const found = haystack(kind, page);
            return found !== undefined && appears(needle, found, openers.has(line));
          });
          if (seen) continue;
          const [kind, page] = candidates[0]!;
          const found = haystack(kind, page);
          missing.push({
            file,
            line,
            column: 1,
            ruleId: 'line-not-visible',
            message: `This line is not visible on the ${kind} page \`${page}\`${found === undefined ? ' (page missing)' : ''}; the parser dropped it, please report the file`,
            fatal: true,
          });
        }
      }
    }
  }
  return missing;
}

/** How many lines the check compares, for the build's closing message. */
export function countVisibleLines(guide: VisibleGuide, readSource: (file: string) => string): number {
  return guide.sources.reduce(
    (sum, source) =>
      sum + source.files.reduce((count, file) => count + visibleLines(file, readSource(file)).filter((l) => !isBlank(l.text)).length, 0),
    0,
  );
}
