/**
 * Text exported from a notebook: numbered questions as in plain text, with
 * `In [n]:` code cells and their printed output at column 0 between the
 * answer's bullets.
 */
import type { Code, Root, RootContent } from 'mdast';
import { isBlank } from '../read/source-file.ts';
import { parseLines } from './body.ts';
import { commonIndent, dedent, splitNumberedLines, trimBlank, type Line } from './numbered-lines.ts';
import { toAnswer } from './numbered-text.ts';
import type { Parser } from './types.ts';

/** `In [2]:`, optionally followed by code on the same line. */
export const CELL_MARKER = /^[ \t]*In \[[ \t]*(\d*)[ \t]*\]:[ \t]?(.*)$/;
const OUTPUT_MARKER = /^[ \t]*Out\[[ \t]*(\d*)[ \t]*\]:[ \t]?(.*)$/;
/** A chunk that starts like prose (a bullet, a heading, a sentence) ends the cell. */
const PROSE_START = /^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#{1,6}[ \t]|>)|^[A-Z][a-z']*(?:[ \t]+[A-Za-z',]+){3,}[^=(\[{]*$/;
/** How printed values usually begin: a repr, a tensor, a number, a bool. */
const OUTPUT_START = /^[ \t]*(?:[(\[<{'"]|-?\d|array\(|True\b|False\b|None\b|[A-Z]\w*(?:Error|Exception|Warning)\b)|<tf\.|dtype=/;

export const parseNotebookText: Parser = (_file, lines) => {
  const { preamble, blocks } = splitNumberedLines(lines);
  return {
    answerSet: {
      answers: blocks.map((block) => toAnswer(block, parseCellsAndProse(block.bodyLines))),
      preamble: preamble.length ? parseCellsAndProse(preamble) : undefined,
    },
    diagnostics: [],
  };
};

/** Parses a body in which notebook cells and Markdown-like prose alternate. */
export function parseCellsAndProse(lines: readonly Line[]): Root {
  const children: RootContent[] = [];
  let prose: Line[] = [];
  const flushProse = () => {
    children.push(...parseLines(trimBlank(prose)).children);
    prose = [];
  };

  let index = 0;
  while (index < lines.length) {
    const marker = CELL_MARKER.exec(lines[index]!.text);
    if (!marker) {
      prose.push(lines[index]!);
      index++;
      continue;
    }
    flushProse();
    const cell = readCell(lines, index, marker);
    children.push(...cell.nodes);
    index = cell.next;
  }
  flushProse();
  return { type: 'root', children };
}

interface Cell {
  nodes: Code[];
  /** Index of the first line after the cell. */
  next: number;
}

/** Reads a cell's code and output: blank-separated chunks until prose or another cell starts. */
function readCell(lines: readonly Line[], start: number, marker: RegExpExecArray): Cell {
  const count = marker[1] ?? '';
  const chunks: Line[][] = [];
  const sameLine = marker[2]?.trim() ? [{ text: marker[2], line: lines[start]!.line }] : [];
  let chunk: Line[] = sameLine;
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (isBlank(line.text)) {
      if (chunk.length) chunks.push(chunk);
      chunk = [];
      continue;
    }
    if (chunk.length === 0 && chunks.length + sameLine.length > 0 && (PROSE_START.test(line.text) || CELL_MARKER.test(line.text))) break;
    chunk.push(line);
  }
  if (chunk.length) chunks.push(chunk);

  let outputFrom = chunks.findIndex((c) => OUTPUT_MARKER.test(c[0]!.text));
  if (outputFrom === -1 && chunks.length > 1 && OUTPUT_START.test(chunks.at(-1)![0]!.text)) outputFrom = chunks.length - 1;
  const code = outputFrom === -1 ? chunks : chunks.slice(0, outputFrom);
  const output = outputFrom === -1 ? [] : chunks.slice(outputFrom);

  const nodes: Code[] = [];
  const label = `In [${count}]:`;
  if (code.length) nodes.push(codeNode(code, 'python', { kind: 'input', label }, lines[start]!.line));
  else nodes.push({ type: 'code', lang: 'python', value: '', data: { cell: { kind: 'input', label } } });
  if (output.length) {
    const outMarker = OUTPUT_MARKER.exec(output[0]![0]!.text);
    if (outMarker) output[0]![0] = { ...output[0]![0]!, text: outMarker[2] ?? '' };
    const outLabel = outMarker ? `Out[${outMarker[1] ?? ''}]:` : 'Output';
    nodes.push(codeNode(output, 'text', { kind: 'output', label: outLabel }, output[0]![0]!.line, false));
  }
  return { nodes, next: index };
}

function codeNode(
  chunks: Line[][],
  lang: string,
  cell: { kind: 'input' | 'output'; label: string },
  startLine: number,
  strip = true,
): Code {
  const lines: Line[] = [];
  chunks.forEach((chunk, i) => {
    if (i > 0) lines.push({ text: '', line: chunk[0]!.line - 1 });
    lines.push(...chunk);
  });
  const value = strip ? dedent(lines, commonIndent(lines)) : lines.map((l) => l.text).join('\n');
  const last = lines.at(-1)!;
  return {
    type: 'code',
    lang,
    value: value.replace(/^\n+|\s+$/g, ''),
    data: { cell },
    position: { start: { line: startLine, column: 1 }, end: { line: last.line, column: last.text.length + 1 } },
  };
}
