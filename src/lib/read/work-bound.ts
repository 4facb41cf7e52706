/**
 * A bound on the work one file may cost. A Markdown parser's time grows
 * faster than the file where containers nest deep or delimiters pile up (an
 * 800-level list, a 3,000-level quote, 20,000 nested brackets, a line of
 * 30,000 emphasis marks each take the parser many seconds), so a file with
 * such a shape is not parsed: it is published as its text, line for line,
 * with a warning that names the line and the limit.
 */
import type { Code, Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** Deeper than this, quotes, lists and brackets are no longer read as structure. */
export const MAX_NESTING = 32;
/** Columns of indentation that hold more than `MAX_NESTING` levels of list. */
const MAX_INDENT = MAX_NESTING * 4;
/** Emphasis marks (`*`, `_`) one line may hold. */
const MAX_DELIMITERS = 500;

export interface TooDeep {
  /** 1-based line where the limit is passed. */
  line: number;
  /** What the limit is, in words, for the warning. */
  reason: string;
}

/** Where a file first passes a limit of shape, or undefined when it parses in time linear in its size. */
export function tooDeep(text: string): TooDeep | undefined {
  let line = 0;
  for (const written of text.split('\n')) {
    line++;
    const lead = /^[ \t>]*/.exec(written)![0];
    let quotes = 0;
    for (const char of lead) if (char === '>') quotes++;
    if (quotes > MAX_NESTING) return { line, reason: `quotes nested ${quotes} deep, over the limit of ${MAX_NESTING}` };
    const indent = /^[ \t]*/.exec(written)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT) return { line, reason: `${indent} columns of indentation, deeper than ${MAX_NESTING} levels of list` };
    let depth = 0;
    let deepest = 0;
    let delimiters = 0;
    for (const char of written) {
      if (char === '[' || char === '(') deepest = Math.max(deepest, ++depth);
      else if ((char === ']' || char === ')') && depth > 0) depth--;
      else if (char === '*' || char === '_') delimiters++;
    }
    if (deepest > MAX_NESTING) return { line, reason: `brackets nested ${deepest} deep, over the limit of ${MAX_NESTING}` };
    if (delimiters > MAX_DELIMITERS)
      return { line, reason: `${delimiters} emphasis marks on one line, over the limit of ${MAX_DELIMITERS}` };
  }
  return undefined;
}

/** The warning for a file past the limits, naming the line where it passes one. */
export function tooDeepProblem(file: string, deep: TooDeep): Diagnostic {
  return diagnostic(
    file,
    deep.line,
    1,
    'too-deep',
    `This file has ${deep.reason}, so it is not read as Markdown but shown as its text, not split into answers; flatten that part of the file`,
  );
}

/** The file as its text, line for line: what a file past the limits is published as. */
export function asText(text: string): Root {
  const lines = text.replace(/\s+$/, '').split('\n');
  const code: Code = {
    type: 'code',
    lang: 'text',
    value: lines.join('\n'),
    position: { start: { line: 1, column: 1 }, end: { line: lines.length, column: 1 } },
  };
  return { type: 'root', children: [code] };
}
