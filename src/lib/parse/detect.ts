/** Chooses a parser from a file's content and says why. */
import type { ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown.ts';
import type { Format } from '../model.ts';
import type { SourceFile } from '../source-file.ts';
import { topLevelItems } from './list-items.ts';
import { looksLikeNotebook } from './notebook-read.ts';
import { looksLikeScript } from './script-read.ts';
import { CELL_MARKER } from './notebook-text.ts';
import { QUESTION_LINE } from './numbered-lines.ts';
import { chooseMarkers, describeMarkers } from './split-markers.ts';

export interface Detection {
  format: Format;
  reason: string;
}

const ASKS = /\?[)"'”’*_]*\s*$/;

/** Returns the format of a file, or undefined when no numbering is recognisable. */
export function detectFormat(file: SourceFile, lines: readonly string[]): Detection | undefined {
  if (looksLikeNotebook(file)) {
    return { format: 'jupyter', reason: /\.ipynb$/i.test(file.file) ? 'a `.ipynb` file' : 'JSON with a `cells` list' };
  }
  if (looksLikeScript(file)) {
    return { format: 'python-script', reason: /\.py$/i.test(file.file) ? 'a `.py` file' : 'a Python script exported from a notebook (`# In[ ]:` markers)' };
  }
  const cell = lines.findIndex((line) => CELL_MARKER.test(line));
  const numbered = lines.findIndex((line) => QUESTION_LINE.test(line));
  if (cell !== -1 && numbered !== -1) {
    return { format: 'notebook-text', reason: `notebook cell marker \`${lines[cell]!.trim()}\` on line ${cell + 1}` };
  }

  const tree = parseMarkdown(lines.join('\n'));
  const markers = chooseMarkers(tree.children);
  const lists = tree.children.filter((node) => node.type === 'list' && node.ordered).length;
  const first = markers[0];
  // A heading per question is a strong sign; bold or `Q3:` markers must outnumber numbered lists.
  if (first && (first.kind === 'heading' ? markers.length >= 2 || lists === 0 : markers.length >= 2 && markers.length >= lists)) {
    const line = tree.children[first.index]!.position!.start.line;
    return { format: 'heading-markdown', reason: `${markers.length} questions marked by ${describeMarkers(first.kind, first.depth)} such as \`${shorten(lines[line - 1]!.trim())}\` on line ${line}` };
  }

  const items = topLevelItems(tree);
  const titled = items.filter((item) => {
    const lead = item.children[0];
    return lead?.type === 'paragraph' && lead.children[0]?.type === 'strong';
  });
  if (items.length > 0 && titled.length * 2 > items.length) {
    const asking = titled.filter((item) => ASKS.test(toString((item.children[0] as Paragraph).children[0])));
    if (asking.length * 2 > titled.length) {
      return {
        format: 'bold-questions',
        reason: `${asking.length} of ${items.length} top-level numbered items open with a question in bold, first on line ${asking[0]!.position!.start.line}`,
      };
    }
    return {
      format: 'bold-markdown',
      reason: `${titled.length} of ${items.length} top-level numbered items open with a bold title, first on line ${titled[0]!.position!.start.line}`,
    };
  }

  const questionLike = items.filter(readsAsQuestion);
  if (items.length > 0 && questionLike.length * 2 < items.length) {
    return {
      format: 'answers-only',
      reason: `${items.length} numbered items and ${questionLike.length ? `only ${questionLike.length}` : 'none'} read as a question, so the items are the answers (first on line ${items[0]!.position!.start.line})`,
    };
  }

  if (numbered !== -1) {
    return { format: 'numbered-text', reason: `numbered question at column 0 on line ${numbered + 1}` };
  }
  return undefined;
}

/** A line cut to a readable length for a reason. */
function shorten(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}

/**
 * An item reads as a question when it asks (`…?`), or when it is one line
 * without a full stop with more below it (`3. Implement a custom layer`).
 */
function readsAsQuestion(item: ListItem): boolean {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph') return false;
  const text = toString(lead).trim();
  if (ASKS.test(text)) return true;
  return rest.length > 0 && !text.includes('\n') && !/[.!:;]$/.test(text);
}
