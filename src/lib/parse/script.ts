/**
 * Python files: a script exported from a notebook, or a module holding its
 * answers in strings and comments. Read into cells like a notebook's, then
 * split at numbered markers, or by the questions' wording when the file
 * numbers nothing.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { SourceFile } from '../read/source-file.ts';
import { splitByPrompts } from './by-text.ts';
import { notebookTree } from './notebook.ts';
import { readScript, scriptLanguage } from '../read/script-read.ts';
import { describeMarkers, rootOf, splitAtMarkers } from './split-markers.ts';
import type { ParseContext, ParseResult } from './types.ts';
import { plural } from '../model/plural.ts';

const FILE_KINDS: Record<string, string> = {
  python: 'Python file',
  r: 'R script',
  julia: 'Julia file',
  org: 'Org document',
  latex: 'LaTeX document',
};

export function parseScript(
  file: SourceFile,
  context: ParseContext,
): Partial<ParseResult> & { diagnostics: Diagnostic[]; reason?: string } {
  const read = readScript(file.text, scriptLanguage(file.file));
  const { children, listItems } = notebookTree(read);
  const cells = plural(read.cells.length, 'cell');
  // A docstring or comment block that opens with a numbered item asks that question, as a notebook's cell does.
  let split = splitAtMarkers(children, { ...context, listItems });
  if (split.count === 0 && context.prompts) split = splitByPrompts(children, context.prompts);
  if (split.count === 0) return { diagnostics: [] };
  return {
    answerSet: { answers: split.answers, preamble: rootOf(split.preamble), appendix: rootOf(split.appendix) },
    diagnostics: [],
    reason: `${FILE_KINDS[read.language] ?? `${read.language} file`} read as ${cells} (${read.language === 'org' || read.language === 'latex' ? 'headings and prose as text, blocks as code' : 'comments and strings as text, the rest as code'}); ${split.count} questions marked by ${describeMarkers(split.kind!)}`,
  };
}
