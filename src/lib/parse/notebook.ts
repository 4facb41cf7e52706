/**
 * Jupyter notebooks (`.ipynb`): markdown cells become Markdown, code cells
 * become highlighted code with their text outputs. When the notebook holds
 * other material, the answers are looked for under a heading such as
 * "Exercises" or "Exercise solutions".
 */
import type { Code, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { formatIssuePath } from '../config.ts';
import { MAX_TEXT_BYTES } from '../decode.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { parseMarkdown } from '../markdown.ts';
import { notebookSchema, type NotebookCell, type NotebookOutput } from '../model.ts';
import type { SourceFile } from '../source-file.ts';
import { writtenNumber } from './list-items.ts';
import { findJsonError } from './json-error.ts';
import { matchMarker } from './markers.ts';
import type { Line } from './numbered-lines.ts';
import { describeMarkers, markersIn, rootOf, splitAtMarkers } from './split-markers.ts';
import type { ParseResult } from './types.ts';

/** A cell's text, each line with its line in the `.ipynb` file. */
interface ExtractedCell {
  type: NotebookCell['cell_type'];
  /** File line of the cell's `"cell_type"` key. */
  anchor: number;
  source: Line[];
  count: number | null | undefined;
  outputs: Array<{ label: string; lines: Line[] }>;
}

export interface ReadNotebook {
  cells: ExtractedCell[];
  /** Language of the code cells, for highlighting. */
  language: string;
}

/** Whether a file is a notebook: by extension, or JSON with a `cells` list. */
export function looksLikeNotebook(file: SourceFile): boolean {
  return /\.ipynb$/i.test(file.file) || (/^\s*\{/.test(file.text) && file.text.includes('"cells"'));
}

/** Reads a notebook's cells and their lines, or says what is wrong with the file. */
export function readNotebook(file: string, json: string): ReadNotebook | { diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    const error = findJsonError(json) ?? { offset: 0, expected: 'valid JSON' };
    const before = json.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      diagnostics: [
        diagnostic(file, line, column, 'invalid-notebook', `This notebook is not valid JSON: expected ${error.expected} here; fix the JSON, or open the notebook in Jupyter and save it again`),
      ],
    };
  }
  const version = (data as { nbformat?: unknown } | null)?.nbformat;
  if (typeof version === 'number' && version < 4) {
    return {
      diagnostics: [
        diagnostic(file, 1, 1, 'invalid-notebook', `This is an nbformat ${version} notebook; only version 4 can be read, so open it in a current Jupyter and save it to upgrade it`),
      ],
    };
  }
  const anchors = cellAnchors(json);
  const parsed = notebookSchema.safeParse(data);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const cell = issue.path[0] === 'cells' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
        const line = (cell !== undefined ? anchors[cell] : undefined) ?? 1;
        return diagnostic(file, line, 1, 'invalid-notebook', `This is not a readable notebook: ${formatIssuePath(issue.path)}${issue.message}`);
      }),
    };
  }
  const notebook = parsed.data;
  const jsonLines = json.split('\n');
  const exact = anchors.length === notebook.cells.length;
  const cells = notebook.cells.map((cell, index): ExtractedCell => {
    const anchor = exact ? anchors[index]! : 1;
    const region = { from: anchor, to: exact ? (anchors[index + 1] ?? jsonLines.length) : anchor };
    const locate = locator(jsonLines, region);
    return {
      type: cell.cell_type,
      anchor,
      source: locate(cell.source),
      count: cell.execution_count,
      outputs: (cell.outputs ?? []).flatMap((output) => outputText(output, locate)),
    };
  });
  const language = notebook.metadata?.kernelspec?.language ?? notebook.metadata?.language_info?.name ?? 'python';
  return { cells, language };
}

/** Every line of a notebook that a reader must be able to see: cell sources and text outputs. */
export function notebookLines(notebook: ReadNotebook): Line[] {
  return notebook.cells.flatMap((cell) => [...cell.source, ...cell.outputs.flatMap((output) => output.lines)]);
}

/** The notebook as one Markdown tree, and the numbered list items that open a markdown cell. */
export function notebookTree(notebook: ReadNotebook): { children: RootContent[]; listItems: Map<ListItem, number> } {
  const children: RootContent[] = [];
  const listItems = new Map<ListItem, number>();
  for (const cell of notebook.cells) {
    const text = cell.source.map((line) => line.text);
    if (cell.type === 'markdown') {
      const tree = parseMarkdown(text.join('\n'));
      const first = tree.children[0];
      if (first?.type === 'list' && first.ordered) for (const item of first.children) listItems.set(item, writtenNumber(item, text));
      visit(tree, (node) => {
        if (!node.position) return;
        node.position.start = { ...node.position.start, line: cell.source[node.position.start.line - 1]?.line ?? cell.anchor };
        node.position.end = { ...node.position.end, line: cell.source[node.position.end.line - 1]?.line ?? cell.anchor };
      });
      children.push(...tree.children);
      continue;
    }
    const value = text.join('\n').replace(/\s+$/, '');
    if (cell.type === 'raw') {
      if (value) children.push(codeNode(value, 'text', cell.source, cell.anchor));
      continue;
    }
    if (!value && cell.outputs.length === 0) continue;
    children.push({ ...codeNode(value, notebook.language, cell.source, cell.anchor), data: { cell: { kind: 'input', label: `In [${cell.count ?? ' '}]:` } } });
    for (const output of cell.outputs) {
      const lines = output.lines.map((line) => line.text);
      children.push({ ...codeNode(lines.join('\n').replace(/\s+$/, ''), 'text', output.lines, cell.anchor), data: { cell: { kind: 'output', label: output.label } } });
    }
  }
  return { children, listItems };
}

/** Parses a notebook file into answers. */
export function parseNotebook(file: SourceFile): Partial<ParseResult> & { diagnostics: Diagnostic[]; reason?: string } {
  const read = readNotebook(file.file, file.text);
  if ('diagnostics' in read) return read;
  const size = notebookLines(read).reduce((sum, line) => sum + line.text.length + 1, 0);
  if (size > MAX_TEXT_BYTES) {
    return {
      diagnostics: [
        diagnostic(file.file, 1, 1, 'file-too-large', `This notebook holds ${(size / 1_000_000).toFixed(1)} MB of text, over the 1.0 MB limit for one source; clear long outputs (Cell → All Output → Clear) or split it into a folder with one notebook per question`),
      ],
    };
  }
  if (read.cells.every((cell) => cell.source.every((line) => !line.text.trim()) && cell.outputs.length === 0)) {
    return { diagnostics: [diagnostic(file.file, 1, 1, 'empty-source', 'This notebook has no text in any cell; write the answers in markdown cells, or remove the file')] };
  }
  const { children, listItems } = notebookTree(read);
  const section = answersSection(children, listItems);
  const split = splitAtMarkers(section.nodes, { listItems });
  const cells = `${read.cells.length} cell${read.cells.length === 1 ? '' : 's'}`;
  if (split.count === 0) {
    const first = children[0]?.position?.start.line ?? 1;
    return {
      diagnostics: [
        diagnostic(file.file, first, 1, 'no-numbering', 'No numbered questions found in this notebook; start each answer’s markdown cell with its number, as in `## 1.`, `**Q1.**` or `1. The question?`'),
      ],
    };
  }
  const markers = `${split.count} questions marked by ${describeMarkers(split.kind!)}`;
  const where = section.heading ? `${markers} under the heading “${section.heading.text}” on line ${section.heading.line}` : markers;
  return {
    answerSet: {
      answers: split.answers,
      preamble: rootOf([...section.before, ...split.preamble]),
      appendix: rootOf([...split.appendix, ...section.after]),
    },
    diagnostics: [],
    reason: `Jupyter notebook with ${cells}; ${where}`,
  };
}

interface Section {
  before: RootContent[];
  nodes: RootContent[];
  after: RootContent[];
  heading?: { text: string; line: number };
}

const SOLUTIONS = /\b(?:solutions?|answers?)\b/i;
const EXERCISES = /\b(?:exercises?|questions)\b/i;

/**
 * The part of a notebook that holds the answers: below a heading such as
 * "Exercise solutions" (preferred) or "Exercises", up to the next heading of
 * the same or a higher level. Without one, the whole notebook.
 */
export function answersSection(children: RootContent[], listItems?: ReadonlyMap<ListItem, number>): Section {
  const sectionHeadings = children.flatMap((node, index) => {
    if (node.type !== 'heading') return [];
    const text = toString(node).trim();
    return !matchMarker(text) && (SOLUTIONS.test(text) || EXERCISES.test(text)) ? [{ index, node, text }] : [];
  });
  const candidates = [...sectionHeadings.filter((h) => SOLUTIONS.test(h.text)), ...sectionHeadings.filter((h) => !SOLUTIONS.test(h.text))];
  for (const candidate of candidates) {
    let end = children.length;
    for (let i = candidate.index + 1; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'heading' && node.depth <= candidate.node.depth && !matchMarker(toString(node))) {
        end = i;
        break;
      }
    }
    const nodes = children.slice(candidate.index + 1, end);
    if (markersIn(nodes, { ...(listItems ? { listItems } : {}) }).length === 0) continue;
    return {
      before: children.slice(0, candidate.index + 1),
      nodes,
      after: children.slice(end),
      heading: { text: candidate.text, line: candidate.node.position?.start.line ?? 1 },
    };
  }
  return { before: [], nodes: children, after: [] };
}

function codeNode(value: string, lang: string, lines: readonly Line[], anchor: number): Code {
  const first = lines[0]?.line ?? anchor;
  const last = lines.at(-1)?.line ?? anchor;
  return { type: 'code', lang, value, position: { start: { line: first, column: 1 }, end: { line: last, column: 1 } } };
}

/** Matches ANSI colour codes, which tracebacks are full of. */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The text an output shows, labelled as Jupyter labels it; images are named, not shown. */
function outputText(output: NotebookOutput, locate: ReturnType<typeof locator>): Array<{ label: string; lines: Line[] }> {
  const strip = (lines: Line[]) => lines.map((line) => ({ ...line, text: line.text.replace(ANSI, '') }));
  if (output.output_type === 'stream' && output.text !== undefined) return [{ label: 'Output', lines: locate(output.text) }];
  if (output.output_type === 'error') {
    const traceback = output.traceback?.length ? output.traceback : [`${output.ename ?? 'Error'}: ${output.evalue ?? ''}`];
    return [{ label: 'Error', lines: strip(traceback.flatMap((entry) => locate(entry))) }];
  }
  const data = output.data ?? {};
  const plain = data['text/plain'];
  const label = output.output_type === 'execute_result' ? `Out[${output.execution_count ?? ' '}]:` : 'Output';
  if (typeof plain === 'string' || (Array.isArray(plain) && plain.every((part) => typeof part === 'string'))) {
    return [{ label, lines: strip(locate(plain as string | string[])) }];
  }
  const kinds = Object.keys(data);
  return kinds.length ? [{ label, lines: [{ text: `(${kinds.join(', ')} output, not shown)`, line: locate.anchor }] }] : [];
}

/** File lines of every `"cell_type"` key, one per cell in order. */
function cellAnchors(json: string): number[] {
  const anchors: number[] = [];
  json.split('\n').forEach((line, index) => {
    for (let at = line.indexOf('"cell_type"'); at !== -1; at = line.indexOf('"cell_type"', at + 1)) anchors.push(index + 1);
  });
  return anchors;
}

/**
 * Maps a cell's multi-line strings to file lines. nbformat writes one array
 * element per line, so each element is searched for in the cell's part of
 * the file; when it cannot be found (a minified notebook), the cell's line is used.
 */
function locator(jsonLines: readonly string[], region: { from: number; to: number }) {
  const locate = (value: string | string[]): Line[] => {
    const lines: Line[] = [];
    let cursor = region.from;
    for (const part of typeof value === 'string' ? [value] : value) {
      const needle = JSON.stringify(part).slice(1, -1);
      let found = region.from;
      for (let line = cursor; line <= region.to; line++) {
        if (jsonLines[line - 1]?.includes(needle)) {
          found = line;
          cursor = line + 1;
          break;
        }
      }
      const pieces = part.replace(/\r\n?/g, '\n').split('\n');
      if (pieces.at(-1) === '') pieces.pop();
      for (const text of pieces) lines.push({ text, line: found });
    }
    return lines;
  };
  return Object.assign(locate, { anchor: region.from });
}

