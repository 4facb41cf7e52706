/**
 * The nothing-lost check: every non-blank line of every source must show
 * its words, in order, on the pages that show it. What a line shows comes
 * from its whole document rendered in context (`shown-lines.ts`), so the
 * check fails only when a parser really dropped text.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { words } from '../markdown.ts';
import type { Guide } from '../model.ts';
import { markerWords } from '../parse/markers.ts';
import { looksLikeNotebook, notebookLines, readNotebook } from '../parse/notebook-read.ts';
import type { Line } from '../parse/numbered-lines.ts';
import { isBlank, splitLines } from '../source-file.ts';
import { shownLines, type ShownLine } from './shown-lines.ts';

/** What the check reads of a guide: which lines of which file answer which question. */
export interface VisibleGuide {
  sources: ReadonlyArray<Pick<Guide['sources'][number], 'id' | 'file' | 'files'> & { answerSet: { answers: ReadonlyArray<Pick<Guide['sources'][number]['answerSet']['answers'][number], 'number' | 'file' | 'position'>> } }>;
  questions: ReadonlyArray<Pick<Guide['questions'][number], 'number' | 'slug'>>;
}

/** Only what the check reads, small enough to hand to a worker. */
export function visibleGuide(guide: VisibleGuide): VisibleGuide {
  return {
    sources: guide.sources.map(({ id, file, files, answerSet }) => ({
      id,
      file,
      files,
      answerSet: { answers: answerSet.answers.map(({ number, file: part, position }) => ({ number, position, ...(part ? { file: part } : {}) })) },
    })),
    questions: guide.questions.map(({ number, slug }) => ({ number, slug })),
  };
}

/** `question/<slug>`, or `question/<slug>#<source>` for one source's part of it; `source/<id>`, or `source/<id>#<number>`. */
export const pageKey = ({ kind, slug, part }: { kind: 'question' | 'source'; slug: string; part?: string }) => `${kind}/${slug}${part === undefined ? '' : `#${part}`}`;

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
      const pageOf = new Map<number, Array<{ slug: string; number: number }>>();
      const openers = new Set<number>();
      for (const answer of source.answerSet.answers) {
        if ((answer.file ?? source.file) !== file) continue;
        const slug = guide.questions.find((q) => q.number === answer.number)!.slug;
        for (let line = answer.position.start.line; line <= answer.position.end.line; line++) pageOf.set(line, [...(pageOf.get(line) ?? []), { slug, number: answer.number }]);
        openers.add(answer.position.start.line);
      }
      for (const { text, line, shown: rendered } of known(file) ?? shownLines(file, readSource(file))) {
        if (isBlank(text)) continue;
        // A heading's marker is read as a heading's (`## 2.3-7 $\star$`): the `#` is in the source line, not in what it shows.
        const needle = words(rendered.toLowerCase()).slice(markerWords(/^[ \t]*#/.test(text) ? `# ${rendered}` : rendered));
        if (needle.length === 0) continue;
        const answers = pageOf.get(line) ?? [];
        // Where the line's answer is on each page, read first; the whole page only when the line is not there,
        // so a page of hundreds of answers is not searched for each of its lines.
        const places: Array<Array<['question' | 'source', string, string | undefined]>> = [
          answers.length ? answers.map((answer) => ['source', source.id, String(answer.number)]) : [['source', source.id, undefined]],
        ];
        if (answers.length) places.push(answers.map((answer) => ['question', answer.slug, source.id]));
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
    (sum, source) => sum + source.files.reduce((count, file) => count + visibleLines(file, readSource(file)).filter((l) => !isBlank(l.text)).length, 0),
    0,
  );
}
