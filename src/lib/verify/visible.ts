/**
 * The nothing-lost check: every non-blank line of every source must be
 * visible, word for word, on the page that shows it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { words } from '../markdown.ts';
import type { Guide } from '../model.ts';
import { isBlank, splitLines } from '../source-file.ts';

export interface VisibleTextInput {
  guide: Guide;
  /** Text of a source file by its project-relative path. */
  readSource: (file: string) => string;
  /** Visible text of the main content of a page, or undefined when the page is missing. */
  pageText: (page: { kind: 'question' | 'source'; slug: string }) => string | undefined;
}

/**
 * A line's leading `3.` is shown by the page as a question number or as an
 * ordered list's numbering, not as text beside the line's words.
 */
const LIST_NUMBER = /^\s*\d+[.)](?=\s|$)/;

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
    const lines = splitLines(readSource(source.file).replace(/^\uFEFF/, ''));
    const pageOf = new Map<number, string>();
    for (const answer of source.answerSet.answers) {
      const slug = guide.questions.find((q) => q.number === answer.number)!.slug;
      for (let line = answer.position.start.line; line <= answer.position.end.line; line++) pageOf.set(line, slug);
    }
    lines.forEach((text, index) => {
      if (isBlank(text)) return;
      const needle = ` ${words(text.replace(LIST_NUMBER, '')).join(' ')} `;
      if (needle.trim() === '') return;
      const places: Array<['question' | 'source', string]> = [['source', source.id]];
      const slug = pageOf.get(index + 1);
      if (slug) places.push(['question', slug]);
      for (const [kind, page] of places) {
        const text = haystack(kind, page);
        if (text?.includes(needle)) continue;
        missing.push({
          file: source.file,
          line: index + 1,
          column: 1,
          ruleId: 'line-not-visible',
          message: `This line is not visible on the ${kind} page \`${page}\`${text === undefined ? ' (page missing)' : ''}; the parser dropped it, please report the file`,
          fatal: true,
        });
      }
    });
  }
  return missing;
}
