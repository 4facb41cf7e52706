/**
 * Splits line-oriented answer sets into question blocks: a question starts
 * with its number at column 0 (`3. …`); indented lines below it, and anything
 * up to the next such line, belong to its answer.
 */
import { isBlank, type Line } from '../read/source-file.ts';
import { matchMarker } from './markers.ts';

/** A numbered question line at column 0, e.g. `11. When would you…`. */
export const QUESTION_LINE = /^(\d{1,4})[.)](?:[ \t]+(.*))?$/;
/** Lines that open an answer body rather than continue a wrapped prompt. */
const BODY_OPENER = /^(?:[ \t]|[-*+][ \t]|\d+[.)][ \t]|In \[|#|>|```)/;

export type { Line } from '../read/source-file.ts';

export interface QuestionBlock {
  number: number;
  /** The chapter of the id the line's own label prints (`1. ***Exercise 3.5*** …`), and whether it is within a section (`2.1-3`). */
  chapter?: number;
  sectioned?: true;
  /** The label joins the section to the exercise with a dot (`1.1.4`), as `Answer.sectionDots`. */
  sectionDots?: true;
  /** The question line and any wrapped continuation lines. */
  promptLines: Line[];
  /** Everything after the prompt up to the next question, trimmed of blank edges. */
  bodyLines: Line[];
  /** Last non-blank line of the block. */
  endLine: number;
}

export interface NumberedSplit {
  preamble: Line[];
  blocks: QuestionBlock[];
}

/** Splits lines into the preamble and one block per numbered question line. */
export function splitNumberedLines(lines: readonly string[]): NumberedSplit {
  const preamble: Line[] = [];
  const blocks: QuestionBlock[] = [];
  let current: QuestionBlock | undefined;
  let inPrompt = false;

  lines.forEach((text, index) => {
    const line = { text, line: index + 1 };
    const match = QUESTION_LINE.exec(text);
    if (match) {
      // A label that prints the book's id wins over the list's own count, which may restart at 1.
      const printed = matchMarker((match[2] ?? '').replace(/^([*_]+)([^*_]+)\1/, '$2'));
      const id =
        printed?.chapter === undefined
          ? { number: Number(match[1]) }
          : {
              number: printed.number,
              chapter: printed.chapter,
              ...(printed.sectioned ? { sectioned: true as const } : {}),
              ...(printed.sectioned && printed.dotted ? { sectionDots: true as const } : {}),
            };
      current = { ...id, promptLines: [line], bodyLines: [], endLine: line.line };
      blocks.push(current);
      inPrompt = true;
      return;
    }
    if (!current) {
      preamble.push(line);
      return;
    }
    if (inPrompt && !isBlank(text) && !BODY_OPENER.test(text)) {
      current.promptLines.push(line);
      current.endLine = line.line;
      return;
    }
    inPrompt = false;
    current.bodyLines.push(line);
    if (!isBlank(text)) current.endLine = line.line;
  });

  for (const block of blocks) block.bodyLines = trimBlank(block.bodyLines);
  return { preamble: trimBlank(preamble), blocks };
}

/** The prompt text of a block: the question line without its number, continuation lines joined by spaces. */
export function promptText(block: QuestionBlock): string {
  return block.promptLines
    .map((line, index) => (index === 0 ? line.text.replace(QUESTION_LINE, '$2') : line.text))
    .map((text) => text.trim())
    .filter(Boolean)
    .join(' ');
}

/** Drops blank lines at both ends. */
export function trimBlank(lines: Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]!.text)) start++;
  while (end > start && isBlank(lines[end - 1]!.text)) end--;
  return lines.slice(start, end);
}

/** Width of the common leading whitespace of the non-blank lines. */
export function commonIndent(lines: readonly Line[]): number {
  let indent = Infinity;
  for (const { text } of lines) {
    if (isBlank(text)) continue;
    indent = Math.min(indent, /^[ \t]*/.exec(text)![0].length);
  }
  return indent === Infinity ? 0 : indent;
}

/** Removes `indent` leading whitespace characters from every line. */
export function dedent(lines: readonly Line[], indent: number): string {
  return lines.map(({ text }) => text.slice(Math.min(indent, /^[ \t]*/.exec(text)![0].length))).join('\n');
}
