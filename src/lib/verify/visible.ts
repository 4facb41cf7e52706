/**
 * The nothing-lost check: every non-blank line of every source must be
 * visible, word for word, on the page that shows it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { words } from '../markdown.ts';
import type { Guide } from '../model.ts';
import { markerWords } from '../parse/markers.ts';
import { looksLikeNotebook, notebookLines, readNotebook } from '../parse/notebook.ts';
import type { Line } from '../parse/numbered-lines.ts';
import { isBlank, splitLines } from '../source-file.ts';

export interface VisibleTextInput {
  guide: Guide;
  /** Text of a source file by its project-relative path, decoded as the parsers read it. */
  readSource: (file: string) => string;
  /** Visible text of the main content of a page, or undefined when the page is missing. */
  pageText: (page: { kind: 'question' | 'source'; slug: string }) => string | undefined;
}

/** A code fence: its language name is not shown as text. */
const FENCE_LINE = /^[ \t>]*(?:`{3,}|~{3,})[^`]*$/;

/** The lines of a source file that a reader must be able to see: every line, or a notebook's cell text. */
export function visibleLines(file: string, text: string): Line[] {
  if (looksLikeNotebook({ id: '', file, text })) {
    const read = readNotebook(file, text);
    return 'diagnostics' in read ? [] : notebookLines(read);
  }
  return splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
}

/** Returns one fatal diagnostic per source line whose words do not appear on its page. */
export function findMissingLines({ guide, readSource, pageText }: VisibleTextInput): Diagnostic[] {
  const cache = new Map<string, string | undefined>();
  const haystack = (kind: 'question' | 'source', slug: string) => {
    const key = `${kind}/${slug}`;
    if (!cache.has(key)) {
      const text = pageText({ kind, slug });
      cache.set(key, text === undefined ? undefined : ` ${words(text).join(' ')} `);
    }
    return cache.get(key);
  };
  const missing: Diagnostic[] = [];
  for (const source of guide.sources) {
    for (const file of source.files) {
      const pageOf = new Map<number, string>();
      for (const answer of source.answerSet.answers) {
        if ((answer.file ?? source.file) !== file) continue;
        const slug = guide.questions.find((q) => q.number === answer.number)!.slug;
        for (let line = answer.position.start.line; line <= answer.position.end.line; line++) pageOf.set(line, slug);
      }
      for (const { text, line } of visibleLines(file, readSource(file))) {
        if (isBlank(text) || FENCE_LINE.test(text)) continue;
        const needle = ` ${words(text).slice(markerWords(text)).join(' ')} `;
        if (needle.trim() === '') continue;
        const places: Array<['question' | 'source', string]> = [['source', source.id]];
        const slug = pageOf.get(line);
        if (slug) places.push(['question', slug]);
        for (const [kind, page] of places) {
          const found = haystack(kind, page);
          if (found?.includes(needle)) continue;
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
export function countVisibleLines(guide: Guide, readSource: (file: string) => string): number {
  return guide.sources.reduce(
    (sum, source) => sum + source.files.reduce((count, file) => count + visibleLines(file, readSource(file)).filter((l) => !isBlank(l.text)).length, 0),
    0,
  );
}
