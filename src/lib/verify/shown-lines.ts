/**
 * What each line of a source shows once its whole document is rendered:
 * the file is parsed as one Markdown tree (a notebook's markdown cells one
 * tree each) and every text-bearing node hands its text to the lines it
 * came from. So a fence line shows nothing, the code inside it shows its
 * code however deep the list it sits in, and a line inside a list, a quote
 * or a table row shows its words without the markup around them.
 */
import type { Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import { htmlAsText, parseMarkdown } from '../read/markdown.ts';
import { looksLikeNotebook, readNotebook } from '../read/notebook-read.ts';
import { looksLikeScript, readScript, scriptLanguage } from '../read/script-read.ts';
import type { Line } from '../read/source-file.ts';
import { splitLines } from '../read/source-file.ts';
import { tooDeep } from '../read/work-bound.ts';

export interface ShownLine {
  /** 1-based line in the source file. */
  line: number;
  /** The line as written. */
  text: string;
  /** The text the line shows on a page, rendered in context. */
  shown: string;
}

/** Nodes whose text runs on, across inline markup, until the next such node starts. */
const RUNS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Every line a reader must be able to see, with what it shows: a file's lines, or a notebook's cell and output lines.
 * `document` is the text already parsed whole (`parseMarkdown(text)`), when the parser has it at hand.
 */
export function shownLines(file: string, text: string, document?: Root): ShownLine[] {
  if (looksLikeNotebook({ id: '', file, text })) {
    const read = readNotebook(file, text);
    if ('diagnostics' in read) return [];
    return read.cells.flatMap((cell) => [
      ...(cell.type === 'markdown' ? markdownLines(cell.source) : asWritten(cell.source)),
      ...cell.outputs.flatMap((output) => asWritten(output.lines)),
    ]);
  }
  // A script's comments and strings are Markdown without their prefixes, its code is shown as written.
  if (looksLikeScript({ id: '', file, text })) {
    const read = readScript(text, scriptLanguage(file));
    const written = splitLines(text);
    const shown = new Map<number, ShownLine>();
    for (const cell of read.cells)
      for (const line of cell.type === 'markdown' ? markdownLines(cell.source) : asWritten(cell.source))
        shown.set(line.line, { ...line, text: written[line.line - 1] ?? line.text });
    // Lines that are layout (a cell marker, a comment's closing quotes) show nothing.
    return written.map((line, index) => shown.get(index + 1) ?? { line: index + 1, text: line, shown: '' });
  }
  const lines = splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
  // A file past the parser's limits is shown as its text (`read/work-bound.ts`), and never parsed here either.
  if (tooDeep(text)) return asWritten(lines);
  return markdownLines(lines, document);
}

/** Code and outputs are shown as written. */
function asWritten(lines: readonly Line[]): ShownLine[] {
  return lines.map(({ text, line }) => ({ line, text, shown: text }));
}

/** Renders the lines as one Markdown document and gives each line the text it contributes. */
function markdownLines(lines: readonly Line[], parsed?: Root): ShownLine[] {
  const texts = lines.map((line) => line.text);
  const shown = texts.map(() => '');
  // The run each line's text last came from: text from another run is a separate word.
  const runs: Array<Nodes | undefined> = texts.map(() => undefined);
  // The line the last text went to: text the parser adds without a position (an unsafe link's address) follows it.
  let cursor = 0;
  const add = (index: number, piece: string, run: Nodes, glued = false) => {
    if (index < 0 || index >= shown.length || piece === '') return;
    cursor = index;
    shown[index] += runs[index] === run || glued ? piece : ` ${piece}`;
    runs[index] = run;
  };
  /** A code span written against a word (`with``v``or`) shows against it: the page's text has no space there either. */
  const against = (position: Position, before: RegExp) =>
    before.test((texts[position.start.line - 1] ?? '').charAt(position.start.column - 2));
  /** Hands a value's lines to the lines from `first` (0-based) on; a value with more lines than its span stays on its first line. */
  const spread = (value: string, first: number, last: number, run: Nodes) => {
    const pieces = value.split('\n');
    if (first + pieces.length - 1 > last) add(first, pieces.join(' '), run);
    else pieces.forEach((piece, offset) => add(first + offset, piece, run));
  };
  const walk = (node: Nodes, run: Nodes) => {
    const position: Position | undefined = node.position;
    switch (node.type) {
      case 'html': {
        // A block of HTML around text shows its text (`read/markdown.ts`).
        const read = htmlAsText(node);
        if (read) return walk(read, run);
      }
      // falls through
      case 'text':
        if (position && node.type === 'text' && against(position, /`/) && /^[\p{L}\p{N}]/u.test(node.value)) {
          const [first = '', ...rest] = node.value.split('\n');
          add(position.start.line - 1, first, run, true);
          rest.forEach((piece, offset) => add(position.start.line + offset, piece, run));
        } else if (position) spread(node.value, position.start.line - 1, position.end.line - 1, run);
        else add(cursor, node.value, run);
        return;
      // Math shows its TeX (a page reads it as written, see render/answer-html.ts), as a run of its own.
      case 'inlineMath':
        if (position) add(position.start.line - 1, ` ${node.value} `, node);
        return;
      case 'math':
        if (position)
          spread(
            node.value,
            position.start.line -
              (/^\$\$|^\\\[/.test(texts[position.start.line - 1]!.trim()) &&
              node.value.split('\n').length < position.end.line - position.start.line + 1
                ? 0
                : 1),
            position.end.line - 1,
            node,
          );
        return;
      case 'inlineCode':
        // A code span's one space inside each backtick run is padding, not content (CommonMark), so ``` `` v `` ``` shows `v`;
        // only a space at both ends is: `` `, to pass ` `` keeps its last space.
        if (position)
          inlineCodeLines(texts, position).forEach((piece, offset) =>
            add(
              position.start.line - 1 + offset,
              offset === 0 && /^ .*\S.* $/.test(piece) ? piece.slice(1, -1) : piece,
              run,
              offset === 0 && against(position, /[\p{L}\p{N}]/u),
            ),
          );
        return;
      case 'code': {
        if (!position) return;
        // A fenced block's code starts on the line after its fence, as front matter's after its `---` or `+++`;
        // an indented block's on its first line.
        const fenced = node.data?.frontmatter || /^(?:`{3,}|~{3,})/.test(texts[position.start.line - 1]!.slice(position.start.column - 1));
        spread(node.value, position.start.line - (fenced ? 0 : 1), position.end.line - 1, node);
        return;
      }
      // Images show no text (their alt is not visible text), definitions show nothing.
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child, RUNS.has(node.type) ? node : run);
  };
  const tree = parsed ?? parseMarkdown(texts.join('\n'));
  walk(tree, tree);
  return lines.map(({ text, line }, index) => ({ line, text, shown: shown[index]! }));
}

/**
 * The code an inline code span shows on each line it spans: the source text
 * between its backticks, since its value joins the lines with spaces.
 */
function inlineCodeLines(texts: readonly string[], { start, end }: Position): string[] {
  if (start.line === end.line) return [texts[start.line - 1]!.slice(start.column - 1, end.column - 1).replace(/^`+|`+$/g, '')];
  const pieces: string[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const text = texts[line - 1]!;
    if (line === start.line) pieces.push(text.slice(start.column - 1).replace(/^`+/, ''));
    else if (line === end.line) pieces.push(text.slice(0, end.column - 1).replace(/`+$/, ''));
    else pieces.push(text);
  }
  return pieces;
}
