/**
 * `start:` in `sources.yaml`: where a source's answers start, as a line
 * number or the words of the heading or line above the first answer. The
 * lines before it are the source's introduction: shown on its source page,
 * never searched for answers. Blanked rather than cut, so every position
 * still points at its line in the file.
 */
import type { Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { parseMarkdown } from '../read/markdown.ts';
import type { AnswerSet, ReadSettings } from '../model/model.ts';
import type { SourceFile } from '../read/source-file.ts';
import { looksLikeNotebook } from '../read/notebook-read.ts';

export interface Start {
  /** The file's lines with those before the start blanked. */
  lines: string[];
  /** The introduction's tree, when the start left lines before it. */
  before?: Root;
  diagnostics: Diagnostic[];
}

/** A line's words, without the Markdown marks around them, for matching `start:`. */
const plain = (line: string) =>
  line
    .replace(/[#*_>`:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Applies `start:` to a file's lines; a file without it is read whole. */
export function startOf(file: SourceFile, lines: readonly string[], settings: ReadSettings): Start {
  const { start } = settings;
  if (start === undefined) return { lines: [...lines], diagnostics: [] };
  const where = `\`start: ${typeof start === 'number' ? start : JSON.stringify(start)}\` in content/sources.yaml`;
  if (looksLikeNotebook(file)) {
    return {
      lines: [...lines],
      diagnostics: [
        diagnostic(
          file.file,
          1,
          1,
          'unused-setting',
          `${where} does not apply to a notebook, whose answers are found under a heading such as “Exercises”; remove it`,
        ),
      ],
    };
  }
  // A line number is the first line of the answers; words name the line above them.
  const at = typeof start === 'number' ? start - 1 : lines.findIndex((line) => plain(line) === plain(start)) + 1;
  if (at <= 0 || at >= lines.length) {
    const found = typeof start === 'number' ? `the file has ${lines.length} lines` : 'no line of the file says that';
    return {
      lines: [...lines],
      diagnostics: [
        diagnostic(
          file.file,
          1,
          1,
          'unused-setting',
          `${where} was not applied: ${found}; write the heading above the first answer as it stands in the file, or its line number`,
        ),
      ],
    };
  }
  const before = parseMarkdown(lines.slice(0, at).join('\n'));
  return { lines: lines.map((line, i) => (i < at ? '' : line)), ...(before.children.length ? { before } : {}), diagnostics: [] };
}

/** The introduction before `start:` goes before whatever else the reading found before the first answer. */
export function withIntroduction(answerSet: AnswerSet, start: Start): AnswerSet {
  if (!start.before) return answerSet;
  return { ...answerSet, preamble: { type: 'root', children: [...start.before.children, ...(answerSet.preamble?.children ?? [])] } };
}
