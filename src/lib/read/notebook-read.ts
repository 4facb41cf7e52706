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
  const anchors = cellAnchors(json);
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

/** The text an output shows, labelled as Jupyter labels it; images are named, not shown. */
function outputText(output: NotebookOutput, locate: ReturnType<typeof locator>): Array<{ label: string; lines: Line[] }> {
  // Tracebacks are full of ANSI colour codes: Node strips them.
  const strip = (lines: Line[]) => lines.map((line) => ({ ...line, text: stripVTControlCharacters(line.text) }));
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
