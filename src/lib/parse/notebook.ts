/**
 * Jupyter notebooks (`.ipynb`): markdown cells become Markdown, code cells
 * become highlighted code with their text outputs. When the notebook holds
 * other material, the answers are looked for under a heading such as
 * "Exercises" or "Exercise solutions".
 */
import type { Code, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { MAX_TEXT_BYTES } from '../read/decode.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { parseMarkdown } from '../read/markdown.ts';
import { headingsOfUnderlinedNumbers } from '../read/numbered-paragraphs.ts';
import type { SourceFile } from '../read/source-file.ts';
import { writtenNumber } from './list-items.ts';
import { cellMarker, matchMarker } from './markers.ts';
import { notebookLines, readNotebook, type ReadNotebook } from '../read/notebook-read.ts';
import type { Line } from './numbered-lines.ts';
import { describeMarkers, markersIn, rootOf, splitAtMarkers } from './split-markers.ts';
import type { ParseContext, ParseResult } from './types.ts';
import { splitByPrompts } from './by-text.ts';
import { plural } from '../model/plural.ts';

/** The notebook as one Markdown tree, and the numbered list items that open a markdown cell. */
export function notebookTree(notebook: ReadNotebook): { children: RootContent[]; listItems: Map<ListItem, number> } {
  const children: RootContent[] = [];
  const listItems = new Map<ListItem, number>();
  for (const cell of notebook.cells) {
    const text = cell.source.map((line) => line.text);
    // The prose inside an answer environment (`\begin{proof}`) goes on with that answer: its list asks nothing.
    const continues = 'withinAnswer' in cell && cell.withinAnswer === true;
    if (cell.type === 'markdown') {
      const tree = parseMarkdown(headingsOfUnderlinedNumbers(text.join('\n')));
      const first = continues ? undefined : tree.children[0];
      // A numbered list that opens the cell, or follows only the cell's headings (`## Practice questions`), numbers questions.
      const opening = continues ? undefined : tree.children.find((node) => node.type !== 'heading');
      if (opening?.type === 'list' && opening.ordered) {
        let next = 0;
        for (const item of opening.children) listItems.set(item, (next = writtenNumber(item, text)));
        // So do the lists after it in the cell that go on with its numbers, each question's answer between them
        // (a docstring of `1. Which function …?`, its answer, `2. Why …?`, its answer).
        for (const node of tree.children.slice(tree.children.indexOf(opening) + 1)) {
          if (node.type !== 'list' || !node.ordered || writtenNumber(node.children[0]!, text) !== next + 1) continue;
          for (const item of node.children) listItems.set(item, (next = writtenNumber(item, text)));
        }
      }
      // A cell whose text opens with a number Markdown reads as no list (`5.) …`, `1.a.) …`) asks that question too.
      if (first?.type === 'paragraph' && first.children[0]?.type === 'text' && cellMarker(first.children[0].value))
        first.data = { ...first.data, opensCell: true };
      if ('docstring' in cell && cell.docstring) for (const node of tree.children) node.data = { ...node.data, docstring: true };
      if ('part' in cell && cell.part)
        for (const node of tree.children) node.data = { ...node.data, part: cell.part as 'question' | 'answer' };
      // A cell that opens with a question's heading and says more holds the exercise's statement when other cells answer it.
      else if (first?.type === 'heading' && tree.children.length > 1 && matchMarker(toString(first), { heading: true }))
        for (const node of tree.children.slice(1)) node.data = { ...node.data, headingCell: true };
      visit(tree, (node) => {
        if (!node.position) return;
        node.position.start = { ...node.position.start, line: cell.source[node.position.start.line - 1]?.line ?? cell.anchor };
        node.position.end = { ...node.position.end, line: cell.source[node.position.end.line - 1]?.line ?? cell.anchor };
      });
      children.push(...tree.children);
      // A cell turned from code into Markdown may keep the outputs it had (an error's traceback): they are shown as it ran.
      children.push(...cell.outputs.map((output) => outputNode(output, cell.anchor)));
      continue;
    }
    const value = text.join('\n').replace(/\s+$/, '');
    if (cell.type === 'raw') {
      if (value) children.push(codeNode(value, 'text', cell.source, cell.anchor));
      continue;
    }
    if (!value && cell.outputs.length === 0) continue;
    // A document's block of code or math, in its own language, is no notebook cell.
    if ('language' in cell && typeof cell.language === 'string') {
      // A LaTeX document's display math environment is typeset, as `$$ … $$` in Markdown is.
      const node = codeNode(value, cell.language, cell.source, cell.anchor);
      children.push(cell.language === 'math' ? { type: 'math', value, position: node.position! } : node);
      continue;
    }
    children.push({
      ...codeNode(value, notebook.language, cell.source, cell.anchor),
      data: { cell: { kind: 'input', label: `In [${cell.count ?? ' '}]:` } },
    });
    children.push(...cell.outputs.map((output) => outputNode(output, cell.anchor)));
  }
  return { children, listItems };
}

/** A cell's text output as a block of plain text, labelled as the notebook labels it. */
function outputNode(output: { label: string; lines: Line[] }, anchor: number): RootContent {
  return {
    ...codeNode(
      output.lines
        .map((line) => line.text)
        .join('\n')
        .replace(/\s+$/, ''),
      'text',
      output.lines,
      anchor,
    ),
    data: { cell: { kind: 'output', label: output.label } },
  };
}

/** Parses a notebook file into answers. */
export function parseNotebook(
  file: SourceFile,
  context: ParseContext = {},
): Partial<ParseResult> & { diagnostics: Diagnostic[]; reason?: string } {
  const read = readNotebook(file.file, file.text);
  if ('diagnostics' in read) return read;
  const size = notebookLines(read).reduce((sum, line) => sum + line.text.length + 1, 0);
  if (size > MAX_TEXT_BYTES) {
    return {
      diagnostics: [
        diagnostic(
          file.file,
          1,
          1,
          'file-too-large',
          `This notebook holds ${(size / 1_000_000).toFixed(1)} MB of text, over the 1.0 MB limit for one source; clear long outputs (Cell → All Output → Clear) or split it into a folder with one notebook per question`,
        ),
      ],
    };
  }
  if (read.cells.every((cell) => cell.source.every((line) => !line.text.trim()) && cell.outputs.length === 0)) {
    return {
      diagnostics: [
        diagnostic(
          file.file,
          1,
          1,
          'empty-source',
          'This notebook has no text in any cell; write the answers in markdown cells, or remove the file',
        ),
      ],
    };
  }
  const { children, listItems } = notebookTree(read);
  const section = answersSection(children, listItems);
  let split = splitAtMarkers(section.nodes, { listItems, prompts: context.prompts });
  if (split.count === 0 && context.prompts) split = splitByPrompts(section.nodes, context.prompts);
  const cells = plural(read.cells.length, 'cell');
  if (split.count === 0) {
    const first = children[0]?.position?.start.line ?? 1;
    return {
      diagnostics: [
        diagnostic(
          file.file,
          first,
          1,
          'no-numbering',
          'No numbered questions found in this notebook; start each answer’s markdown cell with its number, as in `## 1.`, `**Q1.**` or `1. The question?`',
        ),
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

declare module 'unist' {
  interface Data {
    /** Set where a `Q.` or `A.` label said which part of an exercise a block is. */
    part?: 'question' | 'answer';
    /** Set on the blocks of a script's module docstring (`'''…'''` before any code). */
    docstring?: boolean;
    /** Set on the blocks of a notebook cell that opens with a question's heading, below the heading. */
    headingCell?: boolean;
  }
}
