/**
 * Reads a Jupyter notebook's JSON into cells of text, each line with its
 * line in the `.ipynb` file, so diagnostics and the nothing-lost check can
 * point into the file. Outputs keep their text; images are named, not shown.
 */
import { formatIssuePath } from './config.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { notebookSchema, type NotebookCell, type NotebookOutput } from '../model/model.ts';
import type { SourceFile } from './source-file.ts';
import { findJsonError } from './json-error.ts';
import type { Line } from '../read/source-file.ts';
import { stripVTControlCharacters } from 'node:util';
import { findNodeAtLocation, parseTree, type JSONPath, type Node as JsonNode } from 'jsonc-parser';

/** A cell's text, each line with its line in the `.ipynb` file. */
export interface ExtractedCell {
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
        diagnostic(
          file,
          line,
          column,
          'invalid-notebook',
          `This notebook is not valid JSON: expected ${error.expected} here; fix the JSON, or open the notebook in Jupyter and save it again`,
        ),
      ],
    };
  }
  const version = (data as { nbformat?: unknown } | null)?.nbformat;
  if (typeof version === 'number' && version < 4) {
    return {
      diagnostics: [
        diagnostic(
          file,
          1,
          1,
          'invalid-notebook',
          `This is an nbformat ${version} notebook; only version 4 can be read, so open it in a current Jupyter and save it to upgrade it`,
        ),
      ],
    };
  }
  const positions = jsonPositions(json);
  const anchors = positions.cells.map((cell) => positions.lineOf(cellTypeOffset(cell)));
  const parsed = notebookSchema.safeParse(data);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const cell = issue.path[0] === 'cells' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
        const line = (cell !== undefined ? anchors[cell] : undefined) ?? 1;
        return diagnostic(
          file,
          line,
          1,
          'invalid-notebook',
          `This is not a readable notebook: ${formatIssuePath(issue.path)}${issue.message}`,
        );
      }),
    };
  }
  const notebook = parsed.data;
  const cells = notebook.cells.map((cell, index): ExtractedCell => {
    const node = positions.cells[index];
    const anchor = anchors[index] ?? 1;
    const locate = locator(node, positions.lineOf, anchor);
    return {
      type: cell.cell_type,
      anchor,
      source: locate(cell.source, ['source']),
      count: cell.execution_count,
      outputs: (cell.outputs ?? []).flatMap((output, at) =>
        outputText(output, (value, path) => locate(value, ['outputs', at, ...path]), anchor),
      ),
    };
  });
  const language = notebook.metadata?.kernelspec?.language ?? notebook.metadata?.language_info?.name ?? 'python';
  return { cells, language };
}

/** Every line of a notebook that a reader must be able to see: cell sources and text outputs. */
export function notebookLines(notebook: ReadNotebook): Line[] {
  return notebook.cells.flatMap((cell) => [...cell.source, ...cell.outputs.flatMap((output) => output.lines)]);
}

/** The text an output shows, labelled as Jupyter labels it; images are named, not shown. */
function outputText(output: NotebookOutput, locate: Locate, anchor: number): Array<{ label: string; lines: Line[] }> {
  // Tracebacks are full of ANSI colour codes: Node strips them.
  const strip = (lines: Line[]) => lines.map((line) => ({ ...line, text: stripVTControlCharacters(line.text) }));
  if (output.output_type === 'stream' && output.text !== undefined) return [{ label: 'Output', lines: locate(output.text, ['text']) }];
  if (output.output_type === 'error') {
    const traceback = output.traceback?.length ? output.traceback : [`${output.ename ?? 'Error'}: ${output.evalue ?? ''}`];
    return [{ label: 'Error', lines: strip(locate(traceback, output.traceback?.length ? ['traceback'] : [])) }];
  }
  const data = output.data ?? {};
  const plain = data['text/plain'];
  const label = output.output_type === 'execute_result' ? `Out[${output.execution_count ?? ' '}]:` : 'Output';
  if (typeof plain === 'string' || (Array.isArray(plain) && plain.every((part) => typeof part === 'string'))) {
    return [{ label, lines: strip(locate(plain as string | string[], ['data', 'text/plain'])) }];
  }
  const kinds = Object.keys(data);
  return kinds.length ? [{ label, lines: [{ text: `(${kinds.join(', ')} output, not shown)`, line: anchor }] }] : [];
}

/** A cell's strings as lines of the file: the value read, and where it sits in the cell (`['source']`, `['outputs', 0, 'text']`). */
type Locate = (value: string | string[], path: JSONPath) => Line[];

/** The notebook's JSON tree (jsonc-parser keeps every value's offset), its cells, and the line of an offset. */
function jsonPositions(json: string): { cells: JsonNode[]; lineOf: (offset: number) => number } {
  const tree = parseTree(json);
  const cells = (tree && findNodeAtLocation(tree, ['cells'])?.children) ?? [];
  const starts = [0];
  for (let at = json.indexOf('\n'); at !== -1; at = json.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  return { cells, lineOf };
}

/** Where a cell's `"cell_type"` key is written: the line diagnostics about the cell point at. */
function cellTypeOffset(cell: JsonNode): number {
  return cell.children?.find((property) => property.children?.[0]?.value === 'cell_type')?.offset ?? cell.offset;
}

/**
 * Maps a cell's strings to file lines by the offset of each string in the JSON (one array element per
 * line, as nbformat writes them); a string holding several lines (a minified notebook) gives each the
 * string's line, and a value the tree does not have (a made-up error line) the cell's.
 */
function locator(cell: JsonNode | undefined, lineOf: (offset: number) => number, anchor: number): Locate {
  return (value, path) => {
    const node = cell && path.length ? findNodeAtLocation(cell, path) : undefined;
    const parts = typeof value === 'string' ? [value] : value;
    const nodes = node?.type === 'string' ? [node] : (node?.children ?? []);
    const lines: Line[] = [];
    parts.forEach((part, index) => {
      const at = nodes.length === parts.length ? lineOf(nodes[index]!.offset) : anchor;
      const pieces = part.replace(/\r\n?/g, '\n').split('\n');
      if (pieces.at(-1) === '') pieces.pop();
      for (const text of pieces) lines.push({ text, line: at });
    });
    return lines;
  };
}
